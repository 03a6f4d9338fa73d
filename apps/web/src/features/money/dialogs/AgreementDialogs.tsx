import { Alert, DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { formatAmount, formatPickedDate, todayInShanghai } from '../../../lib/format';
import { FormDialog } from '../../../lib/FormDialog';
import { PastDatePicker } from '../../../lib/PastDatePicker';

export interface DraftValues {
  method: 'monetary' | 'swap';
  paymentDeadline?: Dayjs | null;
  transitionMethod?: 'monetary' | 'turnover_flat';
  transitionMonths?: number | null;
  swapLocation?: string;
  swapArea?: string;
}

/** The draft's fields as the api takes them (dates as `YYYY-MM-DD`, empty fields left out). */
export function draftBody(v: DraftValues) {
  const swap = v.method === 'swap';
  return {
    method: v.method,
    ...(v.paymentDeadline ? { paymentDeadline: formatPickedDate(v.paymentDeadline)! } : {}),
    ...(v.transitionMethod ? { transitionMethod: v.transitionMethod } : {}),
    ...(v.transitionMonths ? { transitionMonths: v.transitionMonths } : {}),
    ...(swap && v.swapLocation?.trim() ? { swapLocation: v.swapLocation.trim() } : {}),
    ...(swap && v.swapArea?.trim() ? { swapArea: v.swapArea.trim() } : {}),
  };
}

const AREA = /^\d+(\.\d{1,2})?$/;

/** Drafts the agreement from the current calculation: the method and the terms the regulation requires. */
export function DraftAgreementDialog({
  open,
  total,
  onSubmit,
  onClose,
}: {
  open: boolean;
  total: string;
  onSubmit(v: DraftValues): Promise<void>;
  onClose(): void;
}) {
  return (
    <FormDialog<DraftValues>
      open={open}
      title="起草补偿协议"
      okText="起草协议"
      testId="draft-dialog"
      initialValues={{ method: 'monetary', transitionMethod: 'monetary' }}
      note={
        <Typography.Text>
          按当前测算起草，补偿总额 <span className="xj-amount">{formatAmount(total)}</span> 元。起草后仍可作废重拟，签约后金额不再变化。
        </Typography.Text>
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="method" label="补偿方式" rules={[{ required: true, message: '请选择补偿方式' }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'monetary', label: '货币补偿' },
            { value: 'swap', label: '产权调换' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: DraftValues, b: DraftValues) => a.method !== b.method}>
        {({ getFieldValue }) =>
          getFieldValue('method') === 'swap' ? (
            <>
              <Form.Item name="swapLocation" label="安置房地点" rules={[{ required: true, whitespace: true, message: '请填写安置房地点' }]}>
                <Input maxLength={200} placeholder="如 徐泾镇某安置基地" />
              </Form.Item>
              <Form.Item
                name="swapArea"
                label="安置房面积"
                rules={[
                  { required: true, message: '请填写安置房面积' },
                  { pattern: AREA, message: '请填写面积，最多两位小数' },
                ]}
              >
                <Input suffix="m²" inputMode="decimal" />
              </Form.Item>
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message="差价按方案的安置价计算：补偿总额高于房屋价值的部分付给被征收户，低于的部分由被征收户补交。"
              />
            </>
          ) : null
        }
      </Form.Item>
      <Form.Item name="paymentDeadline" label="付款期限" rules={[{ required: true, message: '请选择付款期限' }]}>
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="transitionMethod" label="过渡方式" rules={[{ required: true, message: '请选择过渡方式' }]}>
        <Radio.Group
          options={[
            { value: 'monetary', label: '货币过渡（自行过渡，领取临时安置费）' },
            { value: 'turnover_flat', label: '周转房过渡' },
          ]}
        />
      </Form.Item>
      <Form.Item name="transitionMonths" label="过渡期限" rules={[{ required: true, message: '请填写过渡期限' }]}>
        <InputNumber min={1} max={120} precision={0} addonAfter="个月" style={{ width: 200 }} />
      </Form.Item>
    </FormDialog>
  );
}

export interface SignValues {
  signedOn: Dayjs;
}

/** Signs the drafted agreement on a date: the case becomes 已签约 and the agreement gets its 签约顺序号. */
export function SignAgreementDialog({
  open,
  onSubmit,
  onClose,
}: {
  open: boolean;
  onSubmit(v: SignValues): Promise<void>;
  onClose(): void;
}) {
  return (
    <FormDialog<SignValues>
      open={open}
      title="签订补偿协议"
      okText="确认签约"
      testId="sign-dialog"
      initialValues={{ signedOn: dayjs(todayInShanghai()) }}
      note={<Alert type="info" showIcon message="签约后案件状态变为“已签约”，并按项目和补偿方式发放签约顺序号。签约奖励按签约日期计算。" />}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="signedOn" label="签约日期" rules={[{ required: true, message: '请选择签约日期' }]}>
        <PastDatePicker />
      </Form.Item>
    </FormDialog>
  );
}

/** Voids the agreement with a reason (audited); a signed one takes the case back to 已确认. */
export function VoidAgreementDialog({
  open,
  signed,
  onSubmit,
  onClose,
}: {
  open: boolean;
  signed: boolean;
  onSubmit(v: { reason: string }): Promise<void>;
  onClose(): void;
}) {
  return (
    <FormDialog<{ reason: string }>
      open={open}
      title="作废补偿协议"
      okText="确认作废"
      danger
      testId="void-dialog"
      note={
        <Alert
          type="warning"
          showIcon
          message={signed ? '协议已签约：作废后案件退回“已确认”，并记入审计。已有支付的协议不能作废。' : '作废后可按最新测算重新起草。'}
        />
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="reason" label="作废原因" rules={[{ required: true, whitespace: true, message: '请填写作废原因' }]}>
        <Input.TextArea rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormDialog>
  );
}
