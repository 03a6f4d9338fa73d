import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography, type FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useReference } from '../../lib/reference';
import type { VersionValues } from './scheme-form';
import { FACTOR_TABLE_KINDS } from './scheme-labels';

type Path = Array<string | number>;

/** A list of age bands (from, to — empty: and older — and the factor). */
function AgeBands({ name, label }: { name: Path; label?: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div>
          {label && (
            <div>
              <Typography.Text strong>{label}</Typography.Text>
            </div>
          )}
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, 'fromAge']} label="自（年）" rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={0} precision={0} style={{ width: 80 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'toAge']} label="至（年）" tooltip="留空表示及以上">
                <InputNumber min={0} precision={0} style={{ width: 80 }} placeholder="及以上" />
              </Form.Item>
              <Form.Item name={[f.name, 'factor']} label="系数" rules={[{ required: true, whitespace: true, message: '请填写系数' }]}>
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除年限档" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            添加年限档
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** One factor table's own fields, by its kind. */
function FactorTable({ form, path, name }: { form: FormInstance<VersionValues>; path: Path; name: number }) {
  const ref = useReference();
  const by = Form.useWatch([...path, name, 'by'] as NamePath, form) as string | undefined;
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'by']} label="系数表类型" rules={[{ required: true, message: '请选择系数表类型' }]}>
            <Select options={[...FACTOR_TABLE_KINDS]} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'name']} label="系数名称" rules={[{ required: true, whitespace: true, message: '请填写系数名称' }]}>
            <Input placeholder="如 成新、结构系数" />
          </Form.Item>
        </Col>
        {by && by !== 'structure' && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'ageCountedToYear']} label="年限计至（年）" rules={[{ required: true, message: '请填写评估年份' }]}>
              <InputNumber min={1900} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {by === 'structure' && (
        <Row gutter={12}>
          {ref.houseStructures.map((s) => (
            <Col key={s.value} xs={12} md={6}>
              <Form.Item name={[name, 'factors', s.value]} label={s.label}>
                <Input placeholder="系数" />
              </Form.Item>
            </Col>
          ))}
        </Row>
      )}
      {by === 'age' && <AgeBands name={[name, 'bands']} />}
      {by === 'structure_age' && (
        <Row gutter={[12, 12]}>
          {ref.houseStructures.map((s) => (
            <Col key={s.value} xs={24} xl={12}>
              <AgeBands name={[name, 'bandsByStructure', s.value]} label={s.label} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}

/** The factor tables multiplied into a per-area amount, in turn (`path`: absolute, `items.N.rule.factors`; the list sits in the items list). */
export function FactorTablesField({ form, path }: { form: FormInstance<VersionValues>; path: Path }) {
  return (
    <Form.List name={path.slice(1)}>
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              type="inner"
              title={`系数表 ${i + 1}`}
              extra={
                <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                  删除系数表
                </Button>
              }
            >
              <FactorTable form={form} path={path} name={f.name} />
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ by: 'structure', name: '' })}>
            添加系数表
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
