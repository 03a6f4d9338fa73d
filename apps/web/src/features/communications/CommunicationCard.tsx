import { Badge, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { CommunicationView } from '../../api/views';
import { formatDate, formatDateTime } from '../../lib/format';
import { useAuth } from '../../auth/AuthProvider';
import { Attachments } from '../../lib/Attachments';
import { ActionItemsTable } from './ActionItemsTable';
import { sideOf } from './side';

/** One communication: when and what, who of each side, the minutes, and its action items. */
export function CommunicationCard({ communication: c, onChanged }: { communication: CommunicationView; onChanged(): void }) {
  const { user } = useAuth();
  return (
    <Card
      size="small"
      data-testid="communication-card"
      title={
        <Space size={8} wrap>
          <Tag color={c.kind === 'meeting' ? 'geekblue' : 'cyan'}>{c.kindLabel}</Tag>
          <span>{c.subject}</span>
          <Typography.Text type="secondary">{formatDate(c.heldOn)}</Typography.Text>
        </Space>
      }
      extra={
        <Space size={12}>
          {c.overdueItems > 0 && <Badge status="error" text={`逾期 ${c.overdueItems} 项`} />}
          <Typography.Text type="secondary">未完成 {c.openItems} 项</Typography.Text>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xxl: 3, xl: 3, lg: 2, md: 1, sm: 1, xs: 1 }}
        items={[
          { key: 'town', label: '镇方参加人员', children: c.townParticipants || '—' },
          { key: 'company', label: '公司方参加人员', children: c.companyParticipants || '—' },
          { key: 'by', label: '记录', children: `${c.recordedBySideLabel} ${c.createdBy}，${formatDateTime(c.createdAt)}` },
        ]}
      />
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0 12px' }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
        {c.minutes}
      </Typography.Paragraph>
      <ActionItemsTable items={c.actionItems} onChanged={onChanged} testId="communication-items" />
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
        附件
      </Typography.Text>
      <Attachments ownerType="communication" ownerId={c.id} canUpload={!!user && sideOf(user) !== null} />
    </Card>
  );
}
