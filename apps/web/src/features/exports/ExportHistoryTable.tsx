import { ReloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { RetryAlert } from '../../lib/retry-alert';
import { formatCount, formatDateTime } from '../../lib/format';
import { useReference } from '../../lib/reference';
import type { ExportBatch } from '../../api/views';
import { describeFilters, ExportStatusTag } from './ExportStatusTag';
import { downloadExport, isActive, listExports } from './export-api';

/** The caller's latest exports (newest first) with their download links. */
export function ExportHistoryTable({
  reloadKey,
  live,
  selectedId,
  onSelect,
}: {
  reloadKey: number;
  /** The export being followed above, fresher than the list's copy. */
  live: ExportBatch | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const reference = useReference();
  const { message } = AntApp.useApp();
  const [items, setItems] = useState<ExportBatch[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [manual, setManual] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    listExports()
      .then((list) => {
        if (!live) return;
        setItems(list);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [reloadKey, manual]);

  const save = (id: string) => {
    downloadExport(id).catch((e: unknown) => message.error(errorMessage(e)));
  };

  const columns: TableColumnsType<ExportBatch> = [
    { title: '状态', dataIndex: 'status', width: 90, render: (_v, b) => <ExportStatusTag status={b.status} /> },
    { title: '导出内容', dataIndex: 'kindLabel', width: 120 },
    {
      title: '筛选条件',
      dataIndex: 'filters',
      ellipsis: true,
      render: (_v, b) => {
        const text = describeFilters(b.filters, reference.caseStatuses);
        return (
          <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: 320 }}>
            {text}
          </Typography.Text>
        );
      },
    },
    { title: '行数', dataIndex: 'total', width: 80, align: 'right', render: (n: number, b) => (isActive(b) ? '—' : formatCount(n)) },
    { title: '申请时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
    { title: '完成时间', dataIndex: 'finishedAt', width: 140, render: (v: string | null) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_v, b) => (
        <Space size={0}>
          {b.status === 'succeeded' && (
            <Button
              type="link"
              size="small"
              aria-label={`下载 ${b.fileName}`}
              onClick={(e) => {
                e.stopPropagation();
                save(b.id);
              }}
            >
              下载
            </Button>
          )}
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
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="我的导出"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => setManual((n) => n + 1)} loading={loading}>
          刷新
        </Button>
      }
    >
      {error !== null && (
        <RetryAlert style={{ marginBottom: 12 }} message="导出记录加载失败" error={error} onRetry={() => setManual((n) => n + 1)} />
      )}
      <Table<ExportBatch>
        data-testid="export-history"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items.map((b) => (live && b.id === live.id ? live : b))}
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: error ? '无法加载' : '还没有导出记录' }}
        rowClassName={(b) => (b.id === selectedId ? 'ant-table-row-selected' : '')}
        onRow={(b) => ({ onClick: () => onSelect(b.id), style: { cursor: 'pointer' } })}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `最近 ${formatCount(total)} 次导出` }}
      />
    </Card>
  );
}
