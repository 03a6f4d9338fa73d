import { Tag } from 'antd';
import type { SchemeVersionView } from '../../api/views';

const COLORS: Record<SchemeVersionView['status'], string> = { draft: 'gold', published: 'green', superseded: 'default' };

export function SchemeStatusTag({ version }: { version: Pick<SchemeVersionView, 'status' | 'statusLabel'> }) {
  return <Tag color={COLORS[version.status]}>{version.statusLabel}</Tag>;
}
