import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, call, errorMessage } from '../../api/client';
import { applyFieldErrors } from '../../lib/form-errors';
import type { HouseholdPersonalData } from '../../api/views';

interface Props {
  householdId: string;
  open: boolean;
  onClose(): void;
  onRevealed(data: HouseholdPersonalData): void;
}

/** Asks why the full 身份证号 and phones are needed, then asks the api (which audits it) for them. */
export function UnmaskDialog({ householdId, open, onClose, onRevealed }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setRefusal(null);
    try {
      const data = await call<HouseholdPersonalData>(
        api.POST('/api/households/{id}/unmask', { params: { path: { id: householdId } }, body: { reason: reason.trim() } }),
      );
      onRevealed(data);
    } catch (e) {
      if (!(e instanceof ApiError && applyFieldErrors(form, e))) setRefusal(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="显示完整身份证号和电话"
      okText="显示"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setRefusal(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">本次查看将记入审计（查看人、时间和事由），请如实填写查看事由。</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 16 }} data-testid="unmask-error" />}
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy} preserve={false} requiredMark>
        <Form.Item
          label="查看事由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写查看事由' },
            { max: 200, message: '查看事由最多 200 字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如：核对补偿协议签约人身份" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
