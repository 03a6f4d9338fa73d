import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, errorMessage } from '../../../api/client';
import type { AuditEntryView, Page } from '../../../api/views';
import { formatDateTime } from '../../../lib/format';
import { labelOf, useReference } from '../../../lib/reference';
import { useProjectOptions } from '../use-project-options';
import { AuditChanges } from './AuditChanges';
import { ACTION_LABELS, actionLabel, ENTITY_LABELS, entityLabel } from '../../../lib/audit-labels';

interface Filters {
  user?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  projectCode?: string;
  outcome?: 'success' | 'failure';
  from?: string;
  to?: string;
  current?: number;
  pageSize?: number;
}

const asEnum = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([value, text]) => [value, { text: `${text}（${value}）` }]));

/** 审计日志: every write request (and audited read), newest first, filtered on the server. */
export function AuditLogPage() {
  const reference = useReference();
  const projects = useProjectOptions();
  const [loadError, setLoadError] = useState<string | null>(null);
  const [totalExact, setTotalExact] = useState(true);
  const projectEnum = useMemo(() => Object.fromEntries(projects.options.map((p) => [p.value, { text: p.label }])), [projects.options]);

  const columns: ProColumns<AuditEntryView>[] = [
    {
      title: '日期',
      dataIndex: 'dateRange',
      valueType: 'dateRange',
      hideInTable: true,
      search: { transform: (value: [string, string]) => ({ from: value[0], to: value[1] }) },
    },
    { title: '时间', dataIndex: 'occurredAt', search: false, width: 155, render: (_, r) => formatDateTime(r.occurredAt, { seconds: true }) },
    { title: '操作用户', dataIndex: 'user', width: 100, render: (_, r) => r.username ?? '—', fieldProps: { placeholder: '用户名' } },
    {
      title: '角色',
      dataIndex: 'roles',
      search: false,
      width: 110,
      render: (_, r) => (r.roles.length ? r.roles.map((role) => labelOf(reference.roles, role)).join('、') : '—'),
    },
    {
      title: '操作',
      dataIndex: 'action',
      width: 130,
      valueType: 'select',
      valueEnum: asEnum(ACTION_LABELS),
      fieldProps: { showSearch: true },
      render: (_, r) => (
        <Tooltip title={r.action}>
          <span>{actionLabel(r.action)}</span>
        </Tooltip>
      ),
    },
    { title: '对象类型', dataIndex: 'entityType', hideInTable: true, valueType: 'select', valueEnum: asEnum(ENTITY_LABELS) },
    { title: '对象 ID', dataIndex: 'entityId', hideInTable: true, fieldProps: { placeholder: '登录记录为用户名' } },
    {
      title: '对象',
      key: 'entity',
      search: false,
      width: 160,
      render: (_, r) =>
        r.entityType ? (
          <Typography.Text ellipsis={{ tooltip: r.entityId ?? undefined }} style={{ maxWidth: 150 }}>
            {entityLabel(r.entityType)}
            {r.entityId ? ` ${r.entityId}` : ''}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: '项目',
      dataIndex: 'projectCode',
      width: 75,
      valueType: 'select',
      valueEnum: projectEnum,
      fieldProps: { showSearch: true },
      render: (_, r) => r.projectCode ?? '—',
    },
    {
      title: '结果',
      dataIndex: 'outcome',
      width: 70,
      valueType: 'select',
      valueEnum: { success: { text: '成功' }, failure: { text: '失败' } },
      render: (_, r) =>
        r.outcome === 'success' ? (
          <Tag color="success">成功</Tag>
        ) : (
          <Tooltip title={r.detail}>
            <Tag color="error">失败</Tag>
          </Tooltip>
        ),
    },
    { title: 'IP', dataIndex: 'ip', search: false, width: 110, render: (_, r) => r.ip ?? '—' },
    {
      title: '请求编号',
      dataIndex: 'requestId',
      search: false,
      width: 120,
      render: (_, r) =>
        r.requestId ? (
          <Typography.Text ellipsis={{ tooltip: r.requestId }} copyable={{ text: r.requestId, tooltips: ['复制', '已复制'] }} style={{ maxWidth: 110 }}>
            {r.requestId}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <PageContainer title="审计日志" subTitle="每一次写操作及其修改前后的内容，最新在前">
      {loadError && <Alert type="error" showIcon message={loadError} style={{ marginBottom: 16 }} data-testid="audit-error" />}
      <ProTable<AuditEntryView, Filters>
        rowKey="id"
        columns={columns}
        scroll={{ x: 1080 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false, span: { xs: 24, sm: 12, md: 12, lg: 8, xl: 8, xxl: 6 } }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (total) => (totalExact ? `共 ${total} 条` : `共 超过 ${total} 条（请按日期、用户或操作缩小范围）`) }}
        options={{ density: false, setting: false, reload: true }}
        headerTitle="审计记录"
        // Fixed: the expanded row then stays within the visible width when the table scrolls sideways.
        expandable={{ fixed: 'left', expandedRowRender: (r) => <AuditChanges entry={r} /> }}
        locale={{ emptyText: '没有符合条件的审计记录' }}
        request={async (params) => {
          try {
            const page = await call<Page<AuditEntryView> & { totalExact?: boolean }>(
              api.GET('/api/audit', {
                params: {
                  query: {
                    page: params.current ?? 1,
                    pageSize: params.pageSize ?? 20,
                    user: params.user?.trim() || undefined,
                    action: params.action || undefined,
                    entityType: params.entityType || undefined,
                    entityId: params.entityId?.trim() || undefined,
                    projectCode: params.projectCode || undefined,
                    outcome: params.outcome,
                    from: params.from,
                    to: params.to,
                  },
                },
              }),
            );
            setLoadError(null);
            // The count stops at 10,000 (the log holds millions of rows): the pages up to it stay reachable.
            setTotalExact(page.totalExact ?? true);
            return { data: page.items, total: page.total, success: true };
          } catch (e) {
            setLoadError(errorMessage(e));
            return { data: [], total: 0, success: false };
          }
        }}
      />
    </PageContainer>
  );
}
