import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useLayoutEffect, useMemo } from 'react';
import { formatPickedDate } from '../../lib/format';
import { SchemeItemCard } from './SchemeItemCard';
import { newItem, SWAP_PROBLEMS, type VersionValues } from './scheme-form';
import { SwapPricingCard } from './SwapPricingCard';

interface Props {
  form: FormInstance<VersionValues>;
  /** The version as the form starts from (reset whenever another version is shown). */
  initial: VersionValues;
  readOnly: boolean;
  /** The api's validation messages by item index (-1: the version as a whole; SWAP_PROBLEMS: its swap pricing). */
  problems: Map<number, string[]>;
}

/**
 * One scheme version: its name and effective date, its items in order (each with its rule's own
 * fields) and its 产权调换 pricing; a published version is shown read-only. The api's problems appear
 * on the item they name.
 */
export function SchemeVersionEditor({ form, initial, readOnly, problems }: Props) {
  const items = Form.useWatch('items', form) as VersionValues['items'] | undefined;
  const codes = useMemo(
    () =>
      (items ?? [])
        .filter((i) => i?.code?.trim())
        .map((i) => ({ value: i.code!.trim(), label: `${i.name?.trim() || i.code} ${i.code!.trim()}` })),
    [items],
  );

  // A layout effect: the form shows the version before it is painted (see ExportForm).
  useLayoutEffect(() => {
    form.resetFields();
    form.setFieldsValue(initial);
  }, [form, initial]);

  const general = problems.get(-1) ?? [];
  return (
    <Form<VersionValues>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={initial}
      className={readOnly ? 'xj-scheme-readonly' : undefined}
      data-testid="scheme-editor"
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title="版本信息">
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item name="name" label="版本名称" rules={[{ required: true, whitespace: true, message: '请填写版本名称' }]}>
                <Input maxLength={100} placeholder="如 轨交17号线补偿方案（2013 年版）" />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item
                name="effectiveOn"
                label="生效日期"
                rules={[{ required: true, message: '请选择生效日期' }]}
                getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
                normalize={(d: dayjs.Dayjs | null) => formatPickedDate(d) ?? undefined}
              >
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {general.length > 0 && <Alert type="error" showIcon message={general.join('；')} data-testid="scheme-problems" />}
        <Form.List name="items">
          {(fields, { add, remove, move }) => (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {fields.map((f) => (
                <SchemeItemCard
                  key={f.key}
                  form={form}
                  index={f.name}
                  count={fields.length}
                  readOnly={readOnly}
                  problems={problems.get(f.name) ?? []}
                  codes={codes.filter((c) => c.value !== items?.[f.name]?.code?.trim())}
                  move={move}
                  remove={remove}
                />
              ))}
              {!readOnly && (
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newItem())}>
                  添加补偿项目
                </Button>
              )}
            </Space>
          )}
        </Form.List>
        <SwapPricingCard form={form} problems={problems.get(SWAP_PROBLEMS) ?? []} />
      </Space>
    </Form>
  );
}
