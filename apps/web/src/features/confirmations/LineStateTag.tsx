import { Tag, Tooltip } from 'antd';
import type { ConfirmationLineView } from '../../api/views';

const COLORS: Record<ConfirmationLineView['state'], string> = { pending: 'processing', confirmed: 'success', rejected: 'error', voided: 'default' };

/** 待确认 / 已确认 / 已退回 / 已失效 (with why it was voided). */
export function LineStateTag({ line }: { line: Pick<ConfirmationLineView, 'state' | 'stateLabel' | 'voidReason'> }) {
  const tag = (
    <Tag color={COLORS[line.state]} data-testid="line-state">
      {line.stateLabel}
    </Tag>
  );
  return line.state === 'voided' && line.voidReason ? <Tooltip title={line.voidReason}>{tag}</Tooltip> : tag;
}
