import { Alert, App, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, call, errorMessage } from '../../api/client';
import type { CaseNextStep, CaseView } from '../../api/views';
import { applyFieldErrors } from '../../lib/form-errors';
import { labelOf, useReference } from '../../lib/reference';

type CaseStatusCode = 'surveying' | 'surveyed' | 'confirmed' | 'signed' | 'vacated' | 'settled' | 'handed_over';

interface Props {
  caseFile: CaseView;
  /** The step being taken; null: the dialog is closed. */
  step: CaseNextStep | null;
  onClose(): void;
  /** The step was taken: re-read the page. */
  onDone(): Promise<void>;
  /** The case changed meanwhile: re-read the page and close the dialog. */
  onRefresh(): Promise<void>;
}

type Refusal = { message: string; conflict: boolean };

/** Confirms one lifecycle step, with its reason, and sends it with the case version the page shows. */
export function TransitionDialog({ caseFile, step, onClose, onDone, onRefresh }: Props) {
  const { message } = App.useApp();
  const ref = useReference();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const reversal = step?.kind === 'reversal';
  const reasonRequired = !!step && (step.reasonRequired || reversal);

  const submit = async ({ reason }: { reason?: string }) => {
    if (!step) return;
    setBusy(true);
    setRefusal(null);
    try {
      await call(
        api.POST('/api/cases/{id}/transitions', {
          params: { path: { id: caseFile.id } },
          body: { to: step.to as CaseStatusCode, version: caseFile.version, ...(reason?.trim() ? { reason: reason.trim() } : {}) },
        }),
      );
      message.success(`已${step.label}，案件状态变更为“${labelOf(ref.caseStatuses, step.to)}”`);
      onClose();
      await onDone().catch((e: unknown) => message.error(errorMessage(e)));
    } catch (e) {
      if (e instanceof ApiError && applyFieldErrors(form, e)) return;
      // 409: someone else changed the case (stale version) or it is no longer where the page shows it.
      setRefusal({ message: errorMessage(e), conflict: e instanceof ApiError && e.status === 409 });
    } finally {
      setBusy(false);
    }
  };

  const refresh = async () => {
    setRefreshing(true);
    try {
      await onRefresh();
      onClose();
    } catch (e) {
      setRefusal({ message: errorMessage(e), conflict: true });
    } finally {
      setRefreshing(false);
    }
  };

  return (
    <Modal
      open={!!step}
      title={step ? `${step.label}` : ''}
      okText={step ? `确认${step.label}` : '确认'}
      cancelText="取消"
      okButtonProps={{ danger: reversal, disabled: refusal?.conflict }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setRefusal(null)}
      destroyOnHidden
    >
      {step && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>
            案件状态将从 <Tag>{labelOf(ref.caseStatuses, caseFile.status)}</Tag>变更为{' '}
            <Tag color={reversal ? 'red' : 'blue'}>{labelOf(ref.caseStatuses, step.to)}</Tag>
          </Typography.Text>
          {reversal && <Alert type="warning" showIcon message="这是一次回退，必须填写原因，并记入审计。" />}
          {refusal && (
            <Alert
              type="error"
              showIcon
              message={refusal.message}
              data-testid="transition-error"
              action={
                refusal.conflict ? (
                  <Button size="small" type="primary" loading={refreshing} onClick={() => void refresh()}>
                    刷新
                  </Button>
                ) : undefined
              }
            />
          )}
          <Form form={form} layout="vertical" onFinish={submit} disabled={busy} preserve={false}>
            <Form.Item
              label="原因"
              name="reason"
              rules={[
                { required: reasonRequired, whitespace: reasonRequired, message: '请填写原因' },
                { max: 500, message: '原因最多 500 字' },
              ]}
              extra={reasonRequired ? undefined : '选填，将记入状态变更记录'}
            >
              <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
            </Form.Item>
          </Form>
        </Space>
      )}
    </Modal>
  );
}
