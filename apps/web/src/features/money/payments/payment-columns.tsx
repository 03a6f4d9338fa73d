import { RollbackOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PaymentView } from '../../../api/views';
import { formatAmount, formatDate, formatDateTime } from '../../../lib/format';

/**
 * The columns of a list of payments and reversals (the case's 支付情况 and the 支付台账): date, kind,
 * amount right-aligned to the fen (a reversal negative), method, bank reference, reason, who and when,
 * and — for finance — 冲正 on a payment not yet reversed. `before` columns go after the date.
 */
export function paymentColumns(
  items: readonly PaymentView[],
  onReverse: ((payment: PaymentView) => void) | null,
  before: ColumnsType<PaymentView> = [],
): ColumnsType<PaymentView> {
  const reversed = new Set(items.filter((p) => p.kind === 'reversal').map((p) => p.reversesId));
  return [
    { title: '支付日期', dataIndex: 'paidOn', width: 105, render: (v: string) => formatDate(v) },
    ...before,
    {
      title: '类型',
      dataIndex: 'kindLabel',
      width: 64,
      render: (v: string, p) => <Tag color={p.kind === 'reversal' ? 'red' : 'green'}>{v}</Tag>,
    },
    {
      title: '金额（元）',
      dataIndex: 'amount',
      width: 130,
      align: 'right',
      render: (v: string, p) => <span className="xj-amount">{p.kind === 'reversal' ? `-${formatAmount(v)}` : formatAmount(v)}</span>,
    },
    { title: '支付方式', dataIndex: 'methodLabel', width: 84 },
    { title: '银行流水号', dataIndex: 'bankReference', ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: '冲正原因', dataIndex: 'reason', ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      title: '登记',
      key: 'created',
      width: 140,
      render: (_, p) => (
        <>
          <div>{p.createdBy}</div>
          <div className="xj-calc-inputs">{formatDateTime(p.createdAt)}</div>
        </>
      ),
    },
    ...(onReverse
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 76,
            render: (_: unknown, p: PaymentView) =>
              p.kind === 'payment' && !reversed.has(p.id) ? (
                <Button size="small" type="link" danger icon={<RollbackOutlined />} onClick={() => onReverse(p)}>
                  冲正
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
}
