import { Tag, Typography } from 'antd';
import type { AuditChange, AuditEntryView, ReferenceLists } from '../api/views';
import { entityLabel, fieldLabel, formatAuditValue } from './audit-labels';
import './audit-change.css';

const SIDES: Record<AuditEntryView['side'], { label: string; color: string }> = {
  town: { label: '镇动迁办', color: 'blue' },
  company: { label: '西虹桥公司', color: 'orange' },
  system: { label: '系统', color: 'default' },
};

/** Which side took an audited step: 镇动迁办, 西虹桥公司 or 系统. */
export function SideTag({ side }: { side: AuditEntryView['side'] }) {
  const s = SIDES[side];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export const sideColor = (side: AuditEntryView['side']) => (side === 'company' ? 'orange' : side === 'town' ? 'blue' : 'gray');

/** One change as lines `字段：before → after` (or just the value when only one side exists). */
export function ChangeLines({ change, action, lists }: { change: AuditChange; action: string; lists: ReferenceLists }) {
  const before = change.before ?? {};
  const after = change.after ?? {};
  // A field written again with the value it had is no change: not shown.
  const same = (field: string) => field in before && field in after && JSON.stringify(before[field]) === JSON.stringify(after[field]);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !same(field));
  if (fields.length === 0) return null;
  return (
    <div className="xj-audit-change">
      <Typography.Text type="secondary">{entityLabel(change.entityType)}</Typography.Text>
      {fields.map((field) => {
        const had = field in before;
        const has = field in after;
        const value = (side: Record<string, unknown>) => formatAuditValue(field, side[field], lists, change.entityType);
        return (
          <div key={field}>
            {fieldLabel(field, action)}：
            {had && has ? `${value(before)} → ${value(after)}` : has ? value(after) : `${value(before)} → （删除）`}
          </div>
        );
      })}
    </div>
  );
}

