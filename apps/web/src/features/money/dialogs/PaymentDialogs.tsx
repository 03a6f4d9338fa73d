import { Alert, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { RecordPaymentBody } from '../../../api/views';
import { formatAmount, formatDate, formatPickedDate, todayInShanghai } from '../../../lib/format';
import { useReference } from '../../../lib/reference';
import { FormDialog } from '../../../lib/FormDialog';
import { PastDatePicker } from '../../../lib/PastDatePicker';

type PaymentMethod = RecordPaymentBody['method'];

export interface PaymentValues {
  amount: string;
  paidOn: Dayjs;
  method: PaymentMethod;
  bankReference?: string;
}

const AMOUNT = /^\d+(\.\d{1,2})?$/;

/** The payment as the api takes it. */
export function paymentBody(v: PaymentValues): RecordPaymentBody {
  return {
    amount: v.amount.trim(),
    paidOn: formatPickedDate(v.paidOn)!,
    method: v.method,
    ...(v.bankReference?.trim() ? { bankReference: v.bankReference.trim() } : {}),
  };
}

interface RecordProps {
  open: boolean;
  /** Who is paid and what is still due (the dialog's heading). */
  payee: string;
  balance: string;
  onSubmit(v: PaymentValues): Promise<void>;
  onClose(): void;
}

/** Records a disbursement against a signed agreement; the amount may not exceed what is still due. */
export function RecordPaymentDialog({ open, payee, balance, onSubmit, onClose }: RecordProps) {
  const ref = useReference();
  return (
    <FormDialog<PaymentValues>
      open={open}
      title="登记支付"
      okText="登记支付"
      testId="payment-dialog"
      initialValues={{ amount: balance, paidOn: dayjs(todayInShanghai()), method: 'bank_transfer' }}
      note={
        <Typography.Text>
          {payee}，待支付 <span className="xj-amount">{formatAmount(balance)}</span> 元。支付记录登记后不能修改，如有错误请冲正。
        </Typography.Text>
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="amount"
        label="支付金额"
        rules={[
          { required: true, whitespace: true, message: '请填写支付金额' },
          { pattern: AMOUNT, message: '请填写金额，最多两位小数' },
        ]}
      >
        <Input suffix="元" inputMode="decimal" styles={{ input: { textAlign: 'right' } }} />
      </Form.Item>
      <Form.Item name="paidOn" label="支付日期" rules={[{ required: true, message: '请选择支付日期' }]}>
        <PastDatePicker />
      </Form.Item>
      <Form.Item name="method" label="支付方式" rules={[{ required: true, message: '请选择支付方式' }]}>
        <Select options={ref.paymentMethods} />
      </Form.Item>
      <Form.Item name="bankReference" label="银行流水号 / 票据号">
        <Input maxLength={100} />
      </Form.Item>
    </FormDialog>
  );
}

export interface ReversalTarget {
  id: string;
  amount: string;
  paidOn: string;
}

/** Reverses a payment in full, with a reason: a new reversing entry, the payment itself stays. */
export function ReversePaymentDialog({
  payment,
  onSubmit,
  onClose,
}: {
  payment: ReversalTarget | null;
  onSubmit(v: { reason: string }): Promise<void>;
  onClose(): void;
}) {
  return (
    <FormDialog<{ reason: string }>
      open={!!payment}
      title="冲正支付"
      okText="确认冲正"
      danger
      testId="reverse-dialog"
      note={
        payment && (
          <Alert
            type="warning"
            showIcon
            message={`冲正 ${formatDate(payment.paidOn)} 支付的 ${formatAmount(payment.amount)} 元：登记一笔等额的冲正记录，原支付记录保留。`}
          />
        )
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="reason" label="冲正原因" rules={[{ required: true, whitespace: true, message: '请填写冲正原因' }]}>
        <Input.TextArea rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormDialog>
  );
}
