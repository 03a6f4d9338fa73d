import { Alert, DatePicker, Form, Input, Typography, type InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { CalculationView, CreateCalculationBody, SchemeItem, SchemeVersionView, SubjectType } from '../../../api/views';
import { formatPickedDate, todayInShanghai } from '../../../lib/format';
import { FormDialog } from '../../../lib/FormDialog';

/** An item of the scheme priced by an amount agreed for this subject (市政设施、遗留基地的 `fixed_agreed`). */
export type AgreedItem = Pick<SchemeItem, 'code' | 'name'>;

/** What the dialog needs of the project's published scheme: its name and the items that want an agreed amount. */
export interface CalculationPlan {
  /** The published version, or null when the project has none (the api then refuses; the dialog says so first). */
  scheme: Pick<SchemeVersionView, 'name' | 'number'> | null;
  agreedItems: AgreedItem[];
  /** An item of the subject's kind pays by signing date (签约奖励): the 测算日期 decides it. */
  signingWindows: boolean;
}

/** What a calculation of a subject of `kind` needs under the published `scheme` (none: the project has none). */
export function calculationPlan(scheme: SchemeVersionView | undefined, kind: SubjectType): CalculationPlan {
  const items = (scheme?.items ?? []).filter((i) => i.appliesTo.includes(kind));
  return {
    scheme: scheme ?? null,
    agreedItems: items.filter((i) => i.rule.kind === 'fixed_agreed').map(({ code, name }) => ({ code, name })),
    signingWindows: items.some((i) => i.rule.kind === 'fixed_if' && i.rule.condition.kind === 'signed_by'),
  };
}

export interface CalculationValues {
  asOf: Dayjs;
  agreed?: Array<{ code: string; amount: string; remark?: string }>;
}

/** `85000.5` → `85000.50`: the agreed amount as the calculation stores and shows it. */
const toFen = (amount: string): string => {
  const [whole = '0', fraction = ''] = amount.trim().split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${(fraction + '00').slice(0, 2)}`;
};

/** The calculation request as the api takes it. */
export function calculationBody(v: CalculationValues): CreateCalculationBody {
  const agreed = (v.agreed ?? []).map((a) => ({
    code: a.code,
    amount: toFen(a.amount),
    ...(a.remark?.trim() ? { remark: a.remark.trim() } : {}),
  }));
  return { asOf: formatPickedDate(v.asOf)!, ...(agreed.length ? { agreed } : {}) };
}

/** An amount in 元, right-aligned; a valid one is shown to the fen once the officer leaves the field (`85000.5` → `85000.50`). */
function AmountInput({ field, ...props }: InputProps & { field: Array<string | number> }) {
  const form = Form.useFormInstance();
  return (
    <Input
      {...props}
      suffix="元"
      inputMode="decimal"
      placeholder="0.00"
      styles={{ input: { textAlign: 'right' } }}
      onBlur={() => {
        const value = String(form.getFieldValue(field) ?? '');
        if (/^\d{1,12}(\.\d{0,2})?$/.test(value.trim())) form.setFieldValue(field, toFen(value));
      }}
    />
  );
}

const AMOUNT_RULES: Rule[] = [
  { required: true, whitespace: true, message: '请填写商定金额' },
  {
    validator: async (_, value: string | undefined) => {
      const text = (value ?? '').trim();
      if (!text) return;
      if (text.startsWith('-')) throw new Error('商定金额不能为负数');
      if (!/^\d{1,12}(\.\d+)?$/.test(text)) throw new Error('请填写金额（元），如 85000.00');
      if (!/^\d+(\.\d{1,2})?$/.test(text)) throw new Error('金额最多两位小数（精确到分）');
    },
  },
];

interface Props {
  open: boolean;
  /** The case has a calculation already: this one replaces it as the latest. */
  recalculating: boolean;
  plan: CalculationPlan;
  /** The latest calculation: its agreed amounts are offered again. */
  previous: CalculationView | null;
  onSubmit(v: CalculationValues): Promise<void>;
  onClose(): void;
}

/**
 * 计算补偿 / 重新计算: the 测算日期 (签约奖励 windows are judged by it) and, for the items a facility or
 * legacy base is paid by agreement, the agreed amounts with their remark, offered from the last calculation.
 */
export function CalculationDialog({ open, recalculating, plan, previous, onSubmit, onClose }: Props) {
  const before = new Map((previous?.agreed ?? []).map((a) => [a.code, a]));
  const initialValues: CalculationValues = {
    asOf: dayjs(todayInShanghai()),
    agreed: plan.agreedItems.map((i) => ({ code: i.code, amount: before.get(i.code)?.amount ?? '', remark: before.get(i.code)?.remark ?? '' })),
  };
  const schemeName = plan.scheme ? `${plan.scheme.name}（第 ${plan.scheme.number} 版）` : null;
  return (
    <FormDialog<CalculationValues>
      open={open}
      title={recalculating ? '重新计算补偿' : '计算补偿'}
      okText={recalculating ? '重新计算' : '计算补偿'}
      testId="calculation-dialog"
      initialValues={initialValues}
      note={
        schemeName ? (
          <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="calculation-dialog-note">
            按现行补偿方案“{schemeName}”逐项测算，保存为新的测算记录{recalculating ? '，此前的测算保留备查' : ''}。
            {plan.signingWindows && '签约奖励按测算日期判断是否在签约期限内。'}
            {plan.agreedItems.length > 0 && '下列项目按商定金额计入，请逐项填写商定的金额（元，精确到分）和说明。'}
          </Typography.Paragraph>
        ) : (
          <Alert type="warning" showIcon message="该项目尚未发布补偿方案，暂不能测算。请联系管理员发布补偿方案。" />
        )
      }
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="asOf"
        label="测算日期"
        extra={plan.signingWindows ? '默认今天；按计划签约日期测算时请选择该日期。' : '默认今天。'}
        rules={[{ required: true, message: '请选择测算日期' }]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" allowClear={false} />
      </Form.Item>
      {plan.agreedItems.map((item, index) => (
        <fieldset key={item.code} className="xj-agreed-item" data-testid={`agreed-${item.code}`}>
          <legend>
            {item.name}
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {item.code}
            </Typography.Text>
          </legend>
          <Form.Item name={['agreed', index, 'code']} hidden>
            <Input />
          </Form.Item>
          <Form.Item name={['agreed', index, 'amount']} label="商定金额" rules={AMOUNT_RULES}>
            <AmountInput field={['agreed', index, 'amount']} />
          </Form.Item>
          <Form.Item name={['agreed', index, 'remark']} label="说明">
            <Input maxLength={200} placeholder="如 经产权单位协商确定" />
          </Form.Item>
        </fieldset>
      ))}
    </FormDialog>
  );
}
