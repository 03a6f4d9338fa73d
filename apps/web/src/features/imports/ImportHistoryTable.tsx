import { ReloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { RetryAlert } from '../../lib/retry-alert';
import type { ImportBatch, Page } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatCount, formatDateTime } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { DryRunTag, ImportStatusTag } from './ImportStatusTag';
import { downloadReport, isActive, listImports } from './import-api';

const count = (n: number) => formatCount(n);

/** Past imports (newest first, paged by the api); a click on a row shows it above. */
export function ImportHistoryTable({
  reloadKey,
  live,
  selectedId,
  onSelect,
}: {
  reloadKey: number;
  /** The batch being followed above, fresher than the list's copy. */
  live: ImportBatch | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const reference = useReference();
  const { hasRole } = useAuth();
  const { message } = AntApp.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [data, setData] = useState<Page<ImportBatch> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [manual, setManual] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    listImports(paging.page, paging.pageSize)
      .then((page) => {
        if (!live) return;
        setData(page);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [paging, reloadKey, manual]);

  const report = useCallback(
    (id: string) => {
      downloadReport(id).catch((e: unknown) => message.error(errorMessage(e)));
    },
    [message],
  );

  const columns: TableColumnsType<ImportBatch> = [
    { title: '状态', dataIndex: 'status', width: 90, render: (_v, b) => <ImportStatusTag status={b.status} /> },
    {
      title: '文件名',
      dataIndex: 'fileName',
      ellipsis: true,
      render: (_v, b) => (
        <Space size={4}>
          <Typography.Text ellipsis={{ tooltip: b.fileName }} style={{ maxWidth: 220 }}>
            {b.fileName}
          </Typography.Text>
          {b.dryRun && <DryRunTag />}
        </Space>
      ),
    },
    { title: '导入类型', dataIndex: 'kind', width: 90, render: (_v, b) => labelOf(reference.importKinds, b.kind) },
    ...(hasRole('admin') ? [{ title: '上传人', dataIndex: 'username', width: 100 } as const] : []),
    { title: '总行数', dataIndex: 'total', width: 80, align: 'right', render: count },
    { title: '新增', dataIndex: 'created', width: 70, align: 'right', render: count },
    { title: '更新', dataIndex: 'updated', width: 70, align: 'right', render: count },
    { title: '未变化', dataIndex: 'unchanged', width: 75, align: 'right', render: count },
    {
      title: '拒绝',
      dataIndex: 'rejected',
      width: 70,
      align: 'right',
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{count(n)}</Typography.Text> : count(n)),
    },
    { title: '上传时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    { title: '完成时间', dataIndex: 'finishedAt', width: 140, render: (v: string | null) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_v, b) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={(e) => {
              e.stopPropagation();
              onSelect(b.id);
            }}
          >
            {isActive(b) ? '查看进度' : '查看'}
          </Button>
          {!isActive(b) && b.rejected > 0 && (
            <Button
              type="link"
              size="small"
              onClick={(e) => {
                e.stopPropagation();
                report(b.id);
              }}
            >
              错误报告
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="导入记录"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => setManual((n) => n + 1)} loading={loading}>
          刷新
        </Button>
      }
    >
      {error !== null && <RetryAlert style={{ marginBottom: 12 }} message="导入记录加载失败" error={error} onRetry={() => setManual((n) => n + 1)} />}
      <Table<ImportBatch>
        data-testid="import-history"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={(data?.items ?? []).map((b) => (live && b.id === live.id ? live : b))}
        loading={loading}
        scroll={{ x: 1180 }}
        locale={{ emptyText: error ? '无法加载' : '还没有导入记录' }}
        rowClassName={(b) => (b.id === selectedId ? 'ant-table-row-selected' : '')}
        onRow={(b) => ({ onClick: () => onSelect(b.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => `共 ${formatCount(total)} 条`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Card>
  );
}
