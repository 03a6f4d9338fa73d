import { CheckOutlined, DownloadOutlined, FileExcelOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Steps, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { PlanView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatArea, formatDateTime } from '../../lib/format';
import { usePolled } from '../../lib/use-polled';
import { downloadExport, getExport, isActive } from '../exports/export-api';
import {
  approvePlan,
  completePlan,
  getPlan,
  LAND_WRITERS,
  PLAN_COLORS,
  PLAN_STATUS_LABELS,
  PLAN_STEPS,
  requestPlanExport,
} from './ownership-api';

type PlanItem = PlanView['items'][number];

/** One 归并方案: its steps with the next action, who approved it, the totals before and after, its land, and the export. */
export function PlanPage() {
  const { id } = useParams<{ id: string }>();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isAdmin = !!user?.roles.includes('admin');
  const canWrite = !!user?.roles.some((r) => LAND_WRITERS.includes(r));

  const load = useCallback(async () => {
    try {
      setPlan(await getPlan(id!));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const step = async (action: 'approve' | 'complete') => {
    setBusy(true);
    try {
      const next = action === 'approve' ? await approvePlan(plan!.id, plan!.version) : await completePlan(plan!.id, plan!.version);
      setPlan(next);
      message.success(action === 'approve' ? '已批准归并方案' : '归并完成：所列土地已改为归并后的所有权人和用途');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!plan) return <Card loading />;
  const totals = [
    ...plan.before.byOwner.map((l, i) => ({
      key: `o-${l.key}`,
      group: '所有权人',
      label: l.label,
      before: l,
      after: plan.after.byOwner[i]!,
    })),
    ...plan.before.byUse.map((l, i) => ({ key: `u-${l.key}`, group: '土地用途', label: l.label, before: l, after: plan.after.byUse[i]! })),
  ].filter((r) => r.before.count > 0 || r.after.count > 0);
  return (
    <PageContainer
      title={plan.name}
      subTitle="归并方案"
      tags={<Tag color={PLAN_COLORS[plan.status]}>{PLAN_STATUS_LABELS[plan.status]}</Tag>}
      extra={[
        plan.status === 'draft' && isAdmin && (
          <Popconfirm key="approve" title="批准该归并方案？" okText="批准" cancelText="取消" onConfirm={() => step('approve')}>
            <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} data-testid="plan-approve">
              批准
            </Button>
          </Popconfirm>
        ),
        plan.status === 'approved' && canWrite && (
          <Popconfirm
            key="complete"
            title="归并完成？所列土地将改为归并后的所有权人和用途"
            okText="完成"
            cancelText="取消"
            onConfirm={() => step('complete')}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={busy} data-testid="plan-complete">
              归并完成
            </Button>
          </Popconfirm>
        ),
        <PlanExportButton key="export" planId={plan.id} />,
      ]}
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Steps
          size="small"
          current={PLAN_STEPS.indexOf(plan.status)}
          status={plan.status === 'done' ? 'finish' : 'process'}
          items={[
            { title: '草拟', description: `${plan.createdBy} ${formatDateTime(plan.createdAt)}` },
            { title: '批准', description: plan.approvedBy ? `${plan.approvedBy} ${formatDateTime(plan.approvedAt)}` : '待管理员批准' },
            { title: '归并完成', description: plan.doneBy ? `${plan.doneBy} ${formatDateTime(plan.doneAt)}` : '批准后执行' },
          ]}
        />
        {plan.status === 'draft' && !isAdmin && <Alert style={{ marginTop: 12 }} type="info" showIcon message="草拟中：等待管理员批准" />}
      </Card>
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="归并后所有权人">{`${plan.targetOwnerKindLabel}（${plan.targetOwnerName}）`}</Descriptions.Item>
        <Descriptions.Item label="归并后用途">{plan.targetUseLabel}</Descriptions.Item>
        <Descriptions.Item label="宗数">{plan.before.count}</Descriptions.Item>
        <Descriptions.Item label="面积">{formatArea(plan.before.area)}</Descriptions.Item>
        <Descriptions.Item label="说明" span={2}>
          {plan.remarks ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title="归并前后面积" style={{ marginBottom: 12 }}>
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={totals}
          data-testid="plan-totals"
          columns={[
            { title: '', dataIndex: 'group', width: 90 },
            { title: '类别', dataIndex: 'label', width: 140 },
            { title: '归并前宗数', key: 'bc', align: 'right', render: (_: unknown, r) => r.before.count },
            { title: '归并前面积', key: 'ba', align: 'right', render: (_: unknown, r) => formatArea(r.before.area) },
            { title: '归并后宗数', key: 'ac', align: 'right', render: (_: unknown, r) => r.after.count },
            { title: '归并后面积', key: 'aa', align: 'right', render: (_: unknown, r) => formatArea(r.after.area) },
          ]}
        />
      </Card>
      <Card size="small" title="所列土地">
        <Table<PlanItem>
          size="small"
          rowKey={(i) => i.ownership.id}
          pagination={false}
          dataSource={plan.items}
          data-testid="plan-items"
          columns={[
            { title: '登记编号', key: 'code', width: 110, render: (_: unknown, i) => i.ownership.code },
            { title: '村', key: 'village', width: 80, render: (_: unknown, i) => i.ownership.village },
            {
              title: '位置',
              key: 'place',
              render: (_: unknown, i) =>
                i.ownership.parcelCode ? `${i.ownership.projectCode} ${i.ownership.parcelCode}` : i.ownership.location,
            },
            { title: '原所有权人', key: 'owner', render: (_: unknown, i) => i.formerOwnerName },
            { title: '原用途', key: 'use', width: 110, render: (_: unknown, i) => i.formerUseLabel },
            { title: '面积', key: 'area', width: 130, align: 'right', render: (_: unknown, i) => formatArea(i.ownership.area) },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

/** 导出方案: requests the 集体土地归并方案 workbook, follows it while it is written, then offers 下载. */
function PlanExportButton({ planId }: { planId: string }) {
  const { message } = App.useApp();
  const [exportId, setExportId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { value: batch, error } = usePolled(exportId, getExport, isActive, 1000);
  useEffect(() => {
    if (batch?.status === 'failed') message.error(batch.message ?? '归并方案导出失败，请重试');
  }, [batch, message]);
  useEffect(() => {
    if (error) message.error(errorMessage(error));
  }, [error, message]);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (batch?.status === 'succeeded') {
    return (
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={() => void run(() => downloadExport(batch.id))}
        data-testid="plan-download"
      >
        下载归并方案
      </Button>
    );
  }
  const writing = !!exportId && (!batch || isActive(batch));
  return (
    <Space>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy || writing}
        onClick={() => void run(async () => setExportId(await requestPlanExport(planId)))}
        data-testid="plan-export"
      >
        {writing ? '归并方案生成中' : '导出归并方案'}
      </Button>
    </Space>
  );
}
