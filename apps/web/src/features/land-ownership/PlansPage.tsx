import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { PlanStatus, PlanView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatArea, formatDateTime } from '../../lib/format';
import { createPlan, LAND_WRITERS, listPlans, PLAN_COLORS, PLAN_STATUS_LABELS } from './ownership-api';
import { PlanDialog } from './PlanDialog';

/** 归并方案: the proposals to consolidate town and village collective land, newest first. */
export function PlansPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [plans, setPlans] = useState<PlanView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canWrite = !!user?.roles.some((r) => LAND_WRITERS.includes(r));

  const load = useCallback(async () => {
    setError(null);
    try {
      setPlans(await listPlans());
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer
      title="归并方案"
      subTitle="镇、村集体土地的归并方案：草拟 → 管理员批准 → 归并完成"
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        canWrite && (
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            拟定归并方案
          </Button>
        ),
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<PlanView>
        size="small"
        rowKey="id"
        loading={plans === null && !error}
        dataSource={plans ?? []}
        pagination={false}
        data-testid="plans-table"
        locale={{ emptyText: '还没有归并方案' }}
        columns={[
          {
            title: '方案名称',
            dataIndex: 'name',
            render: (name: string, p) => <Link to={`/land/consolidation-plans/${p.id}`}>{name}</Link>,
          },
          {
            title: '归并后',
            key: 'target',
            width: 230,
            render: (_: unknown, p) => `${p.targetOwnerKindLabel}（${p.targetOwnerName}）· ${p.targetUseLabel}`,
          },
          { title: '宗数', key: 'count', width: 70, align: 'right', render: (_: unknown, p) => p.before.count },
          { title: '面积', key: 'area', width: 140, align: 'right', render: (_: unknown, p) => formatArea(p.before.area) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: PlanStatus) => <Tag color={PLAN_COLORS[s]}>{PLAN_STATUS_LABELS[s]}</Tag>,
          },
          { title: '拟定', key: 'created', width: 190, render: (_: unknown, p) => `${p.createdBy} ${formatDateTime(p.createdAt)}` },
          {
            title: '批准',
            key: 'approved',
            width: 190,
            render: (_: unknown, p) => (p.approvedBy ? `${p.approvedBy} ${formatDateTime(p.approvedAt)}` : '—'),
          },
        ]}
        onRow={(p) => ({ onDoubleClick: () => navigate(`/land/consolidation-plans/${p.id}`) })}
      />
      <PlanDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSubmit={async (body) => {
          const plan = await createPlan(body);
          message.success(`已拟定归并方案：${plan.name}`);
          setCreating(false);
          navigate(`/land/consolidation-plans/${plan.id}`);
        }}
      />
    </PageContainer>
  );
}
