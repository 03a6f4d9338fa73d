import { PayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic, Table } from 'antd';
import { formatAmount } from '../../../lib/format';
import { paymentColumns } from '../payments/payment-columns';
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
        columns={paymentColumns(payments, onReverse)}
      />
    </Card>
  );
}
