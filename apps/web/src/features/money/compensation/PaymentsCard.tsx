import { PayCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { formatAmount, formatDate, formatDateTime } from '../../../lib/format';
import type { PaymentView } from '../../../api/views';

interface Props {
  balance: { agreed: string; paid: string; balance: string } | null;
  payments: PaymentView[];
  /** Finance may pay now (a signed agreement with a balance); null: no button. */
  onPay: (() => void) | null;
  /** Finance may reverse a payment; null: no column. */
  onReverse: ((payment: PaymentView) => void) | null;
}

/** What is agreed, paid and still to pay, and every payment and reversal, newest first. */
export function PaymentsCard({ balance, payments, onPay, onReverse }: Props) {
  const reversed = new Set(payments.filter((p) => p.kind === 'reversal').map((p) => p.reversesId));
  return (
    <Card
      title="支付情况"
      data-testid="payments-card"
      extra={
        onPay && (
          <Button type="primary" icon={<PayCircleOutlined />} onClick={onPay}>
            登记支付
          </Button>
        )
      }
    >
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="balance">
        <Col xs={24} md={8}>
          <Statistic title="协议应付（元）" value={formatAmount(balance?.agreed)} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title="已支付（元）" value={formatAmount(balance?.paid)} />
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title="待支付（元）"
            value={formatAmount(balance?.balance)}
            valueStyle={balance && balance.balance !== '0.00' ? { color: '#d46b08' } : { color: '#389e0d' }}
            data-testid="balance-due"
          />
        </Col>
      </Row>
      <Table<PaymentView>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="payments-table"
        dataSource={payments}
        locale={{ emptyText: '暂无支付记录' }}
        columns={[
          { title: '支付日期', dataIndex: 'paidOn', width: 110, render: (v: string) => formatDate(v) },
          {
            title: '类型',
            dataIndex: 'kindLabel',
            width: 70,
            render: (v: string, p) => <Tag color={p.kind === 'reversal' ? 'red' : 'green'}>{v}</Tag>,
          },
          {
            title: '金额（元）',
            dataIndex: 'amount',
            width: 140,
            align: 'right',
            render: (v: string, p) => <span className="xj-amount">{p.kind === 'reversal' ? `-${formatAmount(v)}` : formatAmount(v)}</span>,
          },
          { title: '支付方式', dataIndex: 'methodLabel', width: 90 },
          { title: '银行流水号', dataIndex: 'bankReference', render: (v: string | null) => v ?? '—' },
          { title: '冲正原因', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          { title: '登记人', dataIndex: 'createdBy', width: 90 },
          { title: '登记时间', dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
          ...(onReverse
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, p: PaymentView) =>
                    p.kind === 'payment' && !reversed.has(p.id) ? (
                      <Button size="small" type="link" danger icon={<RollbackOutlined />} onClick={() => onReverse(p)}>
                        冲正
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
