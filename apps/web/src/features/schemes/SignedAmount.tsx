import { Typography } from 'antd';
import { formatAmount } from '../../lib/format';

/** A difference in yuan with its sign: dearer in red, cheaper in green, none in grey. */
export function SignedAmount({ value }: { value: string | null | undefined }) {
  const text = formatAmount(value);
  if (text === '—') return <span className="xj-amount">—</span>;
  const n = Number(value);
  if (n === 0)
    return (
      <Typography.Text type="secondary" className="xj-amount">
        0.00
      </Typography.Text>
    );
  return (
    <Typography.Text type={n > 0 ? 'danger' : 'success'} className="xj-amount">
      {n > 0 ? `+${text}` : text}
    </Typography.Text>
  );
}
