import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Switch, type FormInstance } from 'antd';
import type { VersionValues } from './scheme-form';

const AMOUNT = /^\d+(\.\d{1,2})?$/;
const AREA = /^\d+(\.\d+)?$/;

/** 产权调换 pricing: area per recognised person, the resettlement price, and bands of price beyond the entitlement. */
export function SwapPricingCard({ form, problems }: { form: FormInstance<VersionValues>; problems: string[] }) {
  const offered = Form.useWatch(['swap', 'offered'], form) as boolean | undefined;
  return (
    <Card
      size="small"
      title="产权调换价格"
      data-testid="swap-pricing"
      extra={
        <Space>
          提供产权调换
          <Form.Item name={['swap', 'offered']} valuePropName="checked" noStyle>
            <Switch />
          </Form.Item>
        </Space>
      }
    >
      {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={problems.join('；')} />}
      {!offered ? (
        <span>本版本不提供产权调换，只能签订货币补偿协议。</span>
      ) : (
        <>
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Form.Item
                name={['swap', 'areaPerPerson']}
                label="人均安置面积"
                rules={[
                  { required: true, message: '请填写' },
                  { pattern: AREA, message: '请填写面积' },
                ]}
              >
                <Input suffix="m²" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['swap', 'resettlementPrice']}
                label="安置价"
                rules={[
                  { required: true, message: '请填写' },
                  { pattern: AMOUNT, message: '最多两位小数' },
                ]}
              >
                <Input suffix="元/m²" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['swap', 'maxBeyond']} label="最多超出面积（选填）" rules={[{ pattern: AREA, message: '请填写面积' }]}>
                <Input suffix="m²" />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name={['swap', 'bandsBeyond']}>
            {(fields, { add, remove }) => (
              <div>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" wrap>
                    <span>超面积第 {i + 1} 档</span>
                    <Form.Item
                      name={[f.name, 'width']}
                      label="面积"
                      tooltip="最后一档可留空：不限面积"
                      rules={[{ pattern: AREA, message: '请填写面积' }]}
                    >
                      <Input suffix="m²" style={{ width: 120 }} placeholder="不限" />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'price']}
                      label="价格"
                      rules={[
                        { required: true, message: '请填写' },
                        { pattern: AMOUNT, message: '最多两位小数' },
                      ]}
                    >
                      <Input suffix="元/m²" style={{ width: 150 }} />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除档" onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  添加超面积档
                </Button>
              </div>
            )}
          </Form.List>
        </>
      )}
    </Card>
  );
}
