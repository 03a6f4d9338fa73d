import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Segmented, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { ConfirmationBatchSummary, Page } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatAmount, formatDateTime } from '../../lib/format';
import { ProjectSelect } from '../../lib/ProjectSelect';
import { useProjectOptions } from '../admin/use-project-options';
import { listBatches, submitBatch, type BatchScope } from './confirmation-api';
import { NewBatchDialog } from './NewBatchDialog';

const PAGE_SIZE = 20;
const SCOPES: Array<{ value: BatchScope; label: string }> = [
  { value: 'pending', label: '待公司确认' },
  { value: 'closed', label: '已完成' },
  { value: 'all', label: '全部' },
];

/** 确认批次: a project's batches with their progress; the town submits a new one, the company opens one to answer it. */
export function ConfirmationsPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? projects.options[0]?.value ?? '';
  const scope = (params.get('state') as BatchScope | null) ?? 'all';
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<ConfirmationBatchSummary> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    if (!project) return;
    setLoading(true);
    setError(null);
    try {
      setData(await listBatches({ project, state: scope, page, pageSize: PAGE_SIZE }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [project, scope, page]);

  useEffect(() => {
    void load();
  }, [load]);

  const projectLabel = projects.options.find((o) => o.value === project)?.label ?? project;
  const isTown = !!user && (user.roles.includes('officer') || user.roles.includes('admin'));
  return (
    <PageContainer
      title="确认批次"
      subTitle="镇动迁办提交已摸底案件，西虹桥公司逐件确认或退回"
      extra={[
        <ProjectSelect
          key="project"
          projects={projects}
          value={project}
          onChange={(value: string) => {
            setPage(1);
            setParams({ project: value, state: scope });
          }}
        />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        ...(isTown
          ? [
              <Button key="create" type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setCreating(true)}>
                新建确认批次
              </Button>,
            ]
          : []),
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 12 }}>
        <Segmented<BatchScope>
          options={SCOPES}
          value={scope}
          onChange={(value) => {
            setPage(1);
            setParams({ project, state: value });
          }}
        />
      </Space>
      <Table<ConfirmationBatchSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="batch-table"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, showTotal: (n) => `共 ${n} 批`, onChange: setPage }}
        locale={{ emptyText: '暂无确认批次' }}
        columns={[
          { title: '批次', dataIndex: 'number', width: 90, render: (n: number, row) => <Link to={`/confirmations/${row.id}`}>第 {n} 批</Link> },
          { title: '状态', dataIndex: 'stateLabel', width: 110, render: (label: string, row) => <Tag color={row.state === 'open' ? 'processing' : 'success'}>{label}</Tag> },
          { title: '案件数', dataIndex: 'lines', width: 80, align: 'right' },
          {
            title: '答复进度',
            width: 230,
            key: 'progress',
            render: (_, row) => (
              <Space size={4}>
                {row.confirmed > 0 && <Tag color="success">已确认 {row.confirmed}</Tag>}
                {row.rejected > 0 && <Tag color="error">已退回 {row.rejected}</Tag>}
                {row.pending > 0 && <Tag color="processing">待确认 {row.pending}</Tag>}
                {row.voided > 0 && <Tag>已失效 {row.voided}</Tag>}
              </Space>
            ),
          },
          { title: '镇方金额合计（元）', dataIndex: 'townTotal', width: 170, align: 'right', render: (v: string | null) => <span className="xj-amount">{formatAmount(v)}</span> },
          { title: '说明', dataIndex: 'note', width: 220, ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: '提交人', dataIndex: 'submittedBy', width: 100 },
          { title: '提交时间', dataIndex: 'submittedAt', width: 160, render: (v: string) => formatDateTime(v) },
        ]}
      />
      <NewBatchDialog
        open={creating}
        project={project}
        projectLabel={projectLabel}
        onClose={() => setCreating(false)}
        onSubmit={async (caseIds, note) => {
          const batch = await submitBatch(project, caseIds, note);
          setCreating(false);
          void message.success(`已提交第 ${batch.number} 批确认（${batch.lines} 件）`);
          navigate(`/confirmations/${batch.id}`);
        }}
      />
    </PageContainer>
  );
}
