import { Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { BaseDetailView, BaseStage, UpdateBaseBody } from '../../api/views';
import { formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';

type DateFields = Record<`${BaseStage}Planned` | `${BaseStage}Actual`, Dayjs | null>;
type Values = DateFields & { stage: BaseStage; plannedDeliveryOn: Dayjs | null; remarks?: string };

const day = (d: string | null) => (d ? dayjs(d) : null);

interface Props {
  base: BaseDetailView | null;
  onSubmit(body: UpdateBaseBody): Promise<void>;
  onClose(): void;
}

/** 修改阶段: the stage, each stage's planned and actual completion dates, the planned delivery and remarks. */
export function StageDialog({ base, onSubmit, onClose }: Props) {
  const initial: Partial<Values> = base
    ? {
        stage: base.stage,
        plannedDeliveryOn: day(base.plannedDeliveryOn),
        remarks: base.remarks ?? '',
        ...Object.fromEntries(base.steps.flatMap((s) => [[`${s.stage}Planned`, day(s.planned)], [`${s.stage}Actual`, day(s.actual)]])),
      }
    : {};
  return (
    <FormDialog<Values>
      open={!!base}
      title={`修改建设阶段 — ${base?.name ?? ''}`}
      okText="保存"
      width={640}
      testId="stage-dialog"
      note="日期为各阶段的完成日期：推进到下一阶段前，须填写当前阶段的实际完成日期；实际日期不能晚于今天。"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await onSubmit({
          version: base!.version,
          stage: v.stage,
          stageDates: Object.fromEntries(base!.steps.map((s) => [s.stage, { planned: formatPickedDate(v[`${s.stage}Planned`]), actual: formatPickedDate(v[`${s.stage}Actual`]) }])),
          plannedDeliveryOn: formatPickedDate(v.plannedDeliveryOn),
          remarks: v.remarks?.trim() || null,
        });
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="stage" label="当前阶段" rules={[{ required: true, message: '请选择阶段' }]}>
            <Select aria-label="当前阶段" options={base?.steps.map((s) => ({ value: s.stage, label: s.label })) ?? []} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="plannedDeliveryOn" label="计划交付日期">
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} style={{ marginBottom: 4 }}>
        <Col span={6} />
        <Col span={9}>
          <Typography.Text type="secondary">计划完成</Typography.Text>
        </Col>
        <Col span={9}>
          <Typography.Text type="secondary">实际完成</Typography.Text>
        </Col>
      </Row>
      {base?.steps.map((s) => (
        <Row key={s.stage} gutter={12} align="middle">
          <Col span={6} style={{ paddingBottom: 24 }}>
            {s.label}
          </Col>
          <Col span={9}>
            <Form.Item name={`${s.stage}Planned`}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" aria-label={`${s.label}计划完成日期`} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name={`${s.stage}Actual`}>
              <PastDatePicker aria-label={`${s.label}实际完成日期`} />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Form.Item name="remarks" label="备注">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
