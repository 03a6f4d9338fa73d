import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import type { CaseTransitionView } from '../../api/views';

const KINDS: Record<CaseTransitionView['kind'], { label: string; color: string }> = {
  open: { label: '建档', color: 'gray' },
  forward: { label: '推进', color: 'blue' },
  reversal: { label: '回退', color: 'red' },
  system: { label: '系统', color: 'orange' },
};

/** Every status change of the case, newest first: when, who, from → to, what kind, why. */
export function CaseTimeline({ history }: { history: CaseTransitionView[] }) {
  const ref = useReference();
  const newestFirst = [...history].reverse();
  return (
    <Card title="状态变更记录">
      {newestFirst.length === 0 ? (
        <Empty description="暂无状态变更记录" />
      ) : (
        <Timeline
          data-testid="case-timeline"
          items={newestFirst.map((t) => {
            const kind = KINDS[t.kind] ?? KINDS.forward;
            return {
              key: t.id,
              color: kind.color,
              children: (
                <div data-testid="timeline-entry">
                  <Space size={8} wrap>
                    <Typography.Text strong>{formatDateTime(t.at)}</Typography.Text>
                    <Typography.Text>{t.actor}</Typography.Text>
                    <Tag color={t.kind === 'reversal' ? 'red' : t.kind === 'system' ? 'orange' : undefined}>{kind.label}</Tag>
                  </Space>
                  <div>
                    {t.from ? `${labelOf(ref.caseStatuses, t.from)} → ${labelOf(ref.caseStatuses, t.to)}` : labelOf(ref.caseStatuses, t.to)}
                  </div>
                  {/* The opening entry's reason is just 建档 again. */}
                  {t.reason && t.reason !== kind.label && <Typography.Text type="secondary">原因：{t.reason}</Typography.Text>}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
