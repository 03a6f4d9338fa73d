import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs from 'dayjs';
import { useReference } from '../../lib/reference';
import { formatPickedDate } from '../../lib/format';
import { FactorTablesField } from './FactorTablesField';
import type { VersionValues } from './scheme-form';
import { CONDITION_KINDS, ITEM_ROLES, RULE_HINTS, RULE_KINDS, type RuleKindValue } from './scheme-labels';

const AMOUNT = /^\d+(\.\d{1,2})?$/;
const amountRule = { pattern: AMOUNT, message: '请填写金额，最多两位小数' };
const yuan = (label: string, name: Array<string | number>, required = true) => (
  <Form.Item
    name={name}
    label={label}
    rules={[...(required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []), amountRule]}
  >
    <Input suffix="元" inputMode="decimal" />
  </Form.Item>
);

/** Signing windows: 截止日期 and the amount earned by signing on or before it. */
function SigningWindows({ index }: { index: number }) {
  return (
    <Form.List name={[index, 'rule', 'condition', 'windows']}>
      {(fields, { add, remove }) => (
        <div>
          {fields.map((f, i) => (
            <Space key={f.key} align="baseline" wrap>
              <Typography.Text type="secondary">时段 {i + 1}</Typography.Text>
              <Form.Item
                name={[f.name, 'until']}
                label="签约截止日期"
                rules={[{ required: true, message: '请选择截止日期' }]}
                getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
                normalize={(d: dayjs.Dayjs | null) => formatPickedDate(d) ?? undefined}
              >
                <DatePicker />
              </Form.Item>
              <Form.Item
                name={[f.name, 'amount']}
                label="奖励金额"
                rules={[{ required: true, whitespace: true, message: '请填写金额' }, amountRule]}
              >
                <Input suffix="元" style={{ width: 160 }} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除时段" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            添加签约时段
          </Button>
        </div>
      )}
    </Form.List>
  );
}

interface Props {
  form: FormInstance<VersionValues>;
  /** The item's position in the version (0-based) — its name in the items list. */
  index: number;
  count: number;
  readOnly: boolean;
  /** The api's validation messages about this item. */
  problems: string[];
  /** Every item's code and name, for a percentage item's references. */
  codes: Array<{ value: string; label: string }>;
  move(from: number, to: number): void;
  remove(index: number): void;
}

/** One scheme item: code, name, subjects, rule kind and the kind's own fields, bounds; its problems on top. */
export function SchemeItemCard({ form, index, count, readOnly, problems, codes, move, remove }: Props) {
  const ref = useReference();
  const kind = Form.useWatch(['items', index, 'rule', 'kind'], form) as RuleKindValue | undefined;
  const condition = Form.useWatch(['items', index, 'rule', 'condition', 'kind'], form) as string | undefined;
  const name = Form.useWatch(['items', index, 'name'], form) as string | undefined;
  const hint = kind ? RULE_HINTS[kind] : undefined;

  return (
    <Card
      size="small"
      title={`第${index + 1}项 ${name?.trim() || '（未命名）'}`}
      data-testid={`scheme-item-${index}`}
      className={problems.length ? 'xj-scheme-item xj-scheme-item-invalid' : 'xj-scheme-item'}
      extra={
        readOnly ? undefined : (
          <Space size={0}>
            <Button
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label="上移"
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            />
            <Button
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label="下移"
              disabled={index === count - 1}
              onClick={() => move(index, index + 1)}
            />
            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(index)}>
              删除
            </Button>
          </Space>
        )
      }
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="scheme-item-problems"
          message={
            problems.length === 1 ? (
              problems[0]
            ) : (
              <ul className="xj-problem-list">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name={[index, 'code']} label="项目编号" rules={[{ required: true, whitespace: true, message: '请填写项目编号' }]}>
            <Input placeholder="如 JA-CZ" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[index, 'name']} label="项目名称" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}>
            <Input placeholder="如 建安重置价" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name={[index, 'appliesTo']}
            label="适用对象"
            rules={[{ required: true, type: 'array', min: 1, message: '请选择适用的征收对象' }]}
          >
            <Checkbox.Group options={ref.subjectTypes} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name={[index, 'rule', 'kind']} label="计算规则" rules={[{ required: true, message: '请选择计算规则' }]}>
            <Select options={[...RULE_KINDS]} aria-label="计算规则" />
          </Form.Item>
        </Col>
        {kind === 'per_area' && (
          <>
            <Col xs={12} md={7}>
              <Form.Item name={[index, 'rule', 'area']} label="面积类型" rules={[{ required: true, message: '请选择面积类型' }]}>
                <Select options={ref.areaKinds} />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item
                name={[index, 'rule', 'unitPrice']}
                label="单价"
                rules={[{ required: true, whitespace: true, message: '请填写单价' }, amountRule]}
              >
                <Input suffix="元/m²" inputMode="decimal" />
              </Form.Item>
            </Col>
          </>
        )}
        {(kind === 'per_household' || kind === 'per_person') && (
          <Col xs={12} md={7}>
            {yuan(kind === 'per_household' ? '每户金额' : '每人金额', [index, 'rule', 'amount'])}
          </Col>
        )}
        {kind === 'per_person_month' && (
          <>
            <Col xs={12} md={7}>
              {yuan('每人每月金额', [index, 'rule', 'amount'])}
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name={[index, 'rule', 'months']} label="月数" rules={[{ required: true, message: '请填写月数' }]}>
                <InputNumber min={1} max={600} precision={0} addonAfter="个月" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
        {kind === 'percentage' && (
          <>
            <Col xs={12} md={4}>
              <Form.Item
                name={[index, 'rule', 'percent']}
                label="百分比"
                rules={[{ required: true, whitespace: true, message: '请填写百分比' }]}
              >
                <Input suffix="%" inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item
                name={[index, 'rule', 'of']}
                label="基数项目"
                rules={[{ required: true, type: 'array', min: 1, message: '请选择基数项目' }]}
              >
                <Select mode="multiple" options={codes} placeholder="选择计入基数的项目" />
              </Form.Item>
            </Col>
          </>
        )}
        {kind === 'fixed_if' && (
          <Col xs={24} md={14}>
            <Form.Item name={[index, 'rule', 'condition', 'kind']} label="条件" rules={[{ required: true, message: '请选择条件' }]}>
              <Select options={[...CONDITION_KINDS]} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind === 'per_area' && <FactorTablesField form={form} path={['items', index, 'rule', 'factors']} />}
      {kind === 'fixed_if' && condition === 'signed_by' && <SigningWindows index={index} />}
      {kind === 'fixed_if' && condition === 'no_unlicensed_area' && (
        <Row gutter={12}>
          <Col xs={12} md={7}>
            {yuan('奖励金额', [index, 'rule', 'condition', 'amount'])}
          </Col>
        </Row>
      )}
      {kind === 'fixed_if' && condition === 'household_flag' && (
        <Row gutter={12}>
          <Col xs={12} md={7}>
            <Form.Item name={[index, 'rule', 'condition', 'flag']} label="家庭情况" rules={[{ required: true, message: '请选择家庭情况' }]}>
              <Select options={ref.householdFlags} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            {yuan('金额', [index, 'rule', 'condition', 'amount'])}
          </Col>
        </Row>
      )}
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Row gutter={12}>
        <Col xs={12} md={6}>
          {yuan('下限（选填）', [index, 'min'], false)}
        </Col>
        <Col xs={12} md={6}>
          {yuan('上限（选填）', [index, 'max'], false)}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[index, 'role']}
            label="在协议中单列为"
            tooltip="协议须写明搬家费和临时安置费：指定本项目对应哪一项（每类只能指定一个项目）"
          >
            <Select allowClear placeholder="不单列" options={[...ITEM_ROLES]} aria-label="在协议中单列为" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
