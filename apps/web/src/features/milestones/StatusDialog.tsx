import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MilestoneStatus, MilestoneView } from '../../api/views';
import { Attachments } from '../../lib/Attachments';
import { formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { STATUS_LABELS } from './milestones-api';

/** The status changes the api allows (its table), for the choices offered. */
const NEXT: Record<MilestoneStatus, MilestoneStatus[]> = {
  not_started: ['in_progress', 'done', 'blocked'],
  in_progress: ['done', 'blocked', 'not_started'],
  blocked: ['in_progress', 'not_started', 'done'],
  done: ['in_progress'],
};

interface Values {
  status: MilestoneStatus;
  actualOn?: Dayjs | null;
}

/** 改变状态: the new status, the actual date when done, and the node's evidence (佐证材料). */
export function StatusDialog({ milestone, onSubmit, onClose }: { milestone: MilestoneView | null; onSubmit(body: { status: MilestoneStatus; actualOn: string | null }): Promise<void>; onClose(): void }) {
  const next = milestone ? NEXT[milestone.status] : [];
  return (
    <FormDialog<Values>
      open={!!milestone}
      title={`改变状态 — ${milestone?.name ?? ''}`}
      okText="确定"
      testId="status-dialog"
      note={milestone ? `当前状态：${STATUS_LABELS[milestone.status]}；计划完成日期 ${milestone.plannedOn}。标为已完成须填写实际完成日期（不能晚于今天），且前置节点须已完成。` : undefined}
      initialValues={{ status: next[0] }}
      onClose={onClose}
      onSubmit={async (v) => onSubmit({ status: v.status, actualOn: v.status === 'done' ? formatPickedDate(v.actualOn) : null })}
    >
      <Form.Item name="status" label="新状态" rules={[{ required: true, message: '请选择新状态' }]}>
        <Select aria-label="新状态" options={next.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.status !== b.status}>
        {({ getFieldValue }) =>
          getFieldValue('status') === 'done' && (
            <Form.Item name="actualOn" label="实际完成日期" rules={[{ required: true, message: '请选择实际完成日期' }]}>
              <PastDatePicker aria-label="实际完成日期" />
            </Form.Item>
          )
        }
      </Form.Item>
      {milestone && (
        <Form.Item label="佐证材料">
          <Attachments ownerType="milestone" ownerId={milestone.id} canUpload />
        </Form.Item>
      )}
    </FormDialog>
  );
}
