import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Space, type FormInstance } from 'antd';
import { useLayoutEffect, useMemo } from 'react';
import { SchemeItemCard } from './SchemeItemCard';
import { newItem, type VersionValues } from './scheme-form';

interface Props {
  form: FormInstance<VersionValues>;
  /** The version's items as the form starts from (reset whenever another version is shown). */
  initial: VersionValues;
  readOnly: boolean;
  /** The api's validation messages by item index (-1: the version as a whole). */
  problems: Map<number, string[]>;
}

/**
 * The items of one scheme version, in order, each with its rule's own fields; a published version is
 * shown read-only. The api's problems appear on the item they name.
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
    <Form<VersionValues> form={form} layout="vertical" disabled={readOnly} initialValues={initial} data-testid="scheme-editor">
      {general.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={general.join('；')} data-testid="scheme-problems" />
      )}
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
    </Form>
  );
}
