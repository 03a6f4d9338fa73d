import { Form, Input, Radio, Steps } from 'antd';
import type { OwnershipView, SurveyStatus } from '../../api/views';
import { Attachments } from '../../lib/Attachments';
import { FormDialog } from '../../lib/FormDialog';
import { SURVEY_STATUS_LABELS, SURVEY_STEPS } from './ownership-api';

const NEXT: Record<SurveyStatus, SurveyStatus[]> = { unsurveyed: ['surveying', 'confirmed'], surveying: ['confirmed'], confirmed: [] };

interface Values {
  status: SurveyStatus;
  certificateNo?: string;
}

/** 推进调查: the survey's steps, the next status (已确权 with its certificate number) and the record's documents. */
export function SurveyStatusDialog({
  record,
  onSubmit,
  onClose,
}: {
  record: OwnershipView | null;
  onSubmit(values: Values): Promise<void>;
  onClose(): void;
}) {
  const next = record ? NEXT[record.surveyStatus] : [];
  return (
    <FormDialog<Values>
      open={!!record}
      title={`推进调查 — ${record?.code ?? ''}`}
      okText="确定"
      testId="survey-dialog"
      width={620}
      initialValues={{ status: next[0], certificateNo: record?.certificateNo ?? undefined }}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      {record && (
        <Steps
          size="small"
          style={{ marginBottom: 16 }}
          current={SURVEY_STEPS.indexOf(record.surveyStatus)}
          items={SURVEY_STEPS.map((s) => ({ title: SURVEY_STATUS_LABELS[s] }))}
        />
      )}
      <Form.Item name="status" label="改为" rules={[{ required: true, message: '请选择新的调查状态' }]}>
        <Radio.Group optionType="button" options={next.map((s) => ({ value: s, label: SURVEY_STATUS_LABELS[s] }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.status !== b.status}>
        {({ getFieldValue }) =>
          getFieldValue('status') === 'confirmed' && (
            <Form.Item name="certificateNo" label="证书编号" rules={[{ required: true, message: '确权须填写所有权证书编号' }]}>
              <Input aria-label="证书编号" maxLength={50} placeholder="如 青集有(2013)第0101号" />
            </Form.Item>
          )
        }
      </Form.Item>
      {record && (
        <Form.Item label="权属材料">
          <Attachments ownerType="land_ownership" ownerId={record.id} canUpload />
        </Form.Item>
      )}
    </FormDialog>
  );
}
