import { Typography } from 'antd';
import type { RecalculationCaseView } from '../../api/views';
import { formatAmount } from '../../lib/format';

const CHANGE_LABELS = { added: '新增', removed: '不再适用', changed: '' } as const;

/** The lines of one case that changed: name, old → new amount (or that it no longer applies / newly applies). */
export function RecalculationChanges({ row }: { row: RecalculationCaseView }) {
  if (row.problem) return <Typography.Text type="warning">无法测算：{row.problem}</Typography.Text>;
  if (!row.changes.length) return <Typography.Text type="secondary">无变化</Typography.Text>;
  return (
    <ul className="xj-recalc-changes">
      {row.changes.map((c) => (
        <li key={c.code}>
          <span className="xj-recalc-change-name">{c.name}</span>
          {CHANGE_LABELS[c.change] && <Typography.Text type="secondary">（{CHANGE_LABELS[c.change]}）</Typography.Text>}{' '}
          <span className="xj-amount">
            {formatAmount(c.oldAmount)} → {formatAmount(c.newAmount)}
          </span>
        </li>
      ))}
    </ul>
  );
}
