import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { CreateCommunicationBody } from '../../api/views';
import { formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { SIDE_OPTIONS, type Side } from './side';

interface ItemValues {
  content?: string;
  ownerSide?: Side;
  owner?: string;
  dueOn?: Dayjs;
}

interface Values {
  kind: 'meeting' | 'notice';
  heldOn: Dayjs;
  subject: string;
  townParticipants?: string;
  companyParticipants?: string;
  minutes: string;
  actionItems?: ItemValues[];
}

interface Props {
  open: boolean;
  projectLabel: string;
  onSubmit(body: CreateCommunicationBody): Promise<void>;
  onClose(): void;
}

/** 记录沟通: a meeting or notice of the project, who took part on each side, the minutes and the action items agreed. */
export function CommunicationDialog({ open, projectLabel, onSubmit, onClose }: Props) {
  return (
    <FormDialog<Values>
      open={open}
      title={`记录沟通 — ${projectLabel}`}
      okText="保存"
      testId="communication-dialog"
      initialValues={{ kind: 'meeting', heldOn: dayjs(), actionItems: [] }}
      onClose={onClose}
      onSubmit={(v) =>
        onSubmit({
          kind: v.kind,
          heldOn: formatPickedDate(v.heldOn)!,
          subject: v.subject,
          townParticipants: v.townParticipants ?? '',
          companyParticipants: v.companyParticipants ?? '',
          minutes: v.minutes,
          actionItems: (v.actionItems ?? []).map((i) => ({
            content: i.content ?? '',
            ownerSide: i.ownerSide ?? 'town',
            owner: i.owner ?? '',
            dueOn: formatPickedDate(i.dueOn) ?? '',
          })),
        })
      }
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="kind" label="类型">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'meeting', label: '会议' },
                { value: 'notice', label: '通知' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <PastDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="subject" label="主题" rules={[{ required: true, whitespace: true, message: '请填写主题' }]}>
        <Input maxLength={200} placeholder="如 17号线二联村段动迁进度协调会" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="townParticipants" label="镇方参加人员">
            <Input maxLength={500} placeholder="姓名（单位），顿号分隔" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="companyParticipants" label="公司方参加人员">
            <Input maxLength={500} placeholder="姓名（单位），顿号分隔" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="minutes" label="纪要 / 通知内容" rules={[{ required: true, whitespace: true, message: '请填写纪要内容' }]}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Form.List name="actionItems">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`落实事项 ${index + 1}`}
                style={{ marginBottom: 8 }}
                extra={<Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="删除事项" onClick={() => remove(field.name)} />}
              >
                <Form.Item name={[field.name, 'content']} label="事项内容" rules={[{ required: true, whitespace: true, message: '请填写事项内容' }]}>
                  <Input maxLength={500} />
                </Form.Item>
                <Row gutter={8}>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'ownerSide']} label="责任方" rules={[{ required: true, message: '请选择责任方' }]}>
                      <Select options={SIDE_OPTIONS} aria-label="责任方" />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[field.name, 'owner']} label="责任人" rules={[{ required: true, whitespace: true, message: '请填写责任人' }]}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col span={9}>
                    <Form.Item name={[field.name, 'dueOn']} label="完成期限" rules={[{ required: true, message: '请选择完成期限' }]}>
                      <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ ownerSide: 'company' })}>
              添加落实事项
            </Button>
          </>
        )}
      </Form.List>
    </FormDialog>
  );
}
