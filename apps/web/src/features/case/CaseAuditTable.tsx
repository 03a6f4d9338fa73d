import { Alert, Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { api, call, errorMessage } from '../../api/client';
import type { AuditEntryView, Page } from '../../api/views';
import { formatDateTime } from '../../lib/format';
import { useReference } from '../../lib/reference';
import { actionLabel } from '../../lib/audit-labels';
import { ChangeLines, SideTag } from '../../lib/AuditChangeLines';

interface Props {
  caseId: string;
  /** Changes whenever the page re-read the case: the table re-reads its page too. */
  revision: number;
}

const PAGE_SIZE = 10;

/** The case's (and its subject's) audit trail, newest first, a page at a time. */
export function CaseAuditTable({ caseId, revision }: Props) {
  const ref = useReference();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<AuditEntryView> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    call<Page<AuditEntryView>>(api.GET('/api/cases/{id}/audit', { params: { path: { id: caseId }, query: { page, pageSize: PAGE_SIZE } } }))
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(errorMessage(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [caseId, page, revision, attempt]);

  const columns: ColumnsType<AuditEntryView> = [
    { title: '时间', dataIndex: 'occurredAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: '一方', dataIndex: 'side', width: 100, render: (v: AuditEntryView['side']) => <SideTag side={v} /> },
    { title: '用户', dataIndex: 'username', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '操作', dataIndex: 'action', width: 170, render: (v: string) => actionLabel(v) },
    {
      title: '结果',
      dataIndex: 'outcome',
      width: 90,
      render: (v: AuditEntryView['outcome'], row) =>
        v === 'success' ? (
          <Tag color="green">成功</Tag>
        ) : (
          <Tooltip title={row.detail ?? undefined}>
            <Tag color="red">失败</Tag>
          </Tooltip>
        ),
    },
    {
      title: '变更内容',
      key: 'changes',
      render: (_, row) => {
        const lines = row.changes.map((c, i) => <ChangeLines key={i} change={c} action={row.action} lists={ref} />);
        if (row.outcome === 'failure' && row.detail)
          lines.push(
            <Typography.Text key="detail" type="danger">
              {row.detail}
            </Typography.Text>,
          );
        return lines.length ? lines : '—';
      },
    },
  ];

  return (
    <Card title="审计记录">
      {error && (
        <Alert
          type="error"
          showIcon
          message={error}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={() => setAttempt((a) => a + 1)}>
              重试
            </Button>
          }
        />
      )}
      <Table<AuditEntryView>
        rowKey="id"
        size="small"
        data-testid="case-audit"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: '暂无审计记录' }}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
      />
    </Card>
  );
}
