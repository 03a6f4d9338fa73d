import { Table } from 'antd';
import { Link } from 'react-router-dom';
import type { SchemeVersionView } from '../../api/views';
import { formatDate, formatDateTime } from '../../lib/format';
import { SchemeStatusTag } from './SchemeStatusTag';

/** A project's scheme versions, newest first: which is in force, which were replaced, which are drafts. */
export function SchemeHistoryTable({ versions, current, loading }: { versions: SchemeVersionView[]; current?: string; loading?: boolean }) {
  return (
    <Table<SchemeVersionView>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      data-testid="scheme-versions"
      dataSource={versions}
      locale={{ emptyText: '该项目还没有补偿方案' }}
      rowClassName={(v) => (v.id === current ? 'ant-table-row-selected' : '')}
      columns={[
        {
          title: '版本',
          dataIndex: 'number',
          width: 70,
          render: (n: number, v) => (v.id === current ? `第 ${n} 版` : <Link to={`/admin/schemes/${v.id}`}>第 {n} 版</Link>),
        },
        { title: '名称', dataIndex: 'name', ellipsis: true },
        { title: '状态', dataIndex: 'status', width: 90, render: (_, v) => <SchemeStatusTag version={v} /> },
        { title: '生效日期', dataIndex: 'effectiveOn', width: 110, render: (d: string) => formatDate(d) },
        { title: '项目数', key: 'items', width: 80, align: 'right', render: (_, v) => v.items.length },
        { title: '创建人', dataIndex: 'createdBy', width: 90 },
        {
          title: '发布',
          key: 'published',
          width: 170,
          render: (_, v) => (v.publishedAt ? `${formatDateTime(v.publishedAt)} ${v.publishedBy ?? ''}` : '—'),
        },
      ]}
    />
  );
}
