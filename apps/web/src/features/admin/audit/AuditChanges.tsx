import { ArrowRightOutlined } from '@ant-design/icons';
import { Descriptions, Space, Table, Typography } from 'antd';
import type { AuditChange, AuditEntryView } from '../../../api/views';
import { useReference } from '../../../lib/reference';
import { entityLabel, fieldLabel, formatAuditValue } from '../../../lib/audit-labels';

interface FieldRow {
  key: string;
  field: string;
  before: string;
  after: string;
}

function fieldRows(change: AuditChange, action: string, ref: ReturnType<typeof useReference>): FieldRow[] {
  const fields = [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})])];
  return fields.map((field) => ({
    key: field,
    field: fieldLabel(field, action),
    before: change.before && field in change.before ? formatAuditValue(field, change.before[field], ref, change.entityType) : '—',
    after: change.after && field in change.after ? formatAuditValue(field, change.after[field], ref, change.entityType) : '—',
  }));
}

/** The expanded audit row: the request, and each noted change as field: before → after. */
export function AuditChanges({ entry }: { entry: AuditEntryView }) {
  const ref = useReference();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="audit-changes">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'request', label: '请求', children: entry.method && entry.path ? `${entry.method} ${entry.path}` : '—' },
          { key: 'status', label: '状态码', children: entry.statusCode ?? '—' },
          ...(entry.detail ? [{ key: 'detail', label: '失败原因', children: <Typography.Text type="danger">{entry.detail}</Typography.Text> }] : []),
        ]}
      />
      {entry.changes.length === 0 ? (
        <Typography.Text type="secondary">{entry.outcome === 'failure' ? '操作失败，未作任何修改' : '没有记录字段变更'}</Typography.Text>
      ) : (
        entry.changes.map((change, i) => (
          <div key={`${change.entityType}-${change.entityId ?? i}`}>
            <Typography.Text strong>
              {entityLabel(change.entityType)}
              {change.entityId ? ` ${change.entityId}` : ''}
            </Typography.Text>
            <Table<FieldRow>
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fieldRows(change, entry.action, ref)}
              columns={[
                { title: '字段', dataIndex: 'field', width: 160 },
                { title: '修改前', dataIndex: 'before' },
                { title: '', key: 'arrow', width: 32, render: () => <ArrowRightOutlined aria-label="改为" /> },
                { title: '修改后', dataIndex: 'after' },
              ]}
              style={{ marginTop: 8 }}
            />
          </div>
        ))
      )}
    </Space>
  );
}
