import { Alert, Form, Input, Modal } from 'antd';
import { useLayoutEffect, useState } from 'react';
import { api, call, errorMessage } from '../../../api/client';
import type { UserView } from '../../../api/views';

interface Props {
  user: UserView | null;
  onClose(): void;
  onDone(user: UserView): void;
}

/** Confirms disabling an account (ends its sessions at once), with an optional reason for the audit trail. */
export function DisableUserModal({ user, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A layout effect: the form is reset before the opened dialog is painted. As a plain effect the reset
  // could run after the first keystrokes (React runs those after paint) and wipe what was typed.
  useLayoutEffect(() => {
    if (!user) return;
    setError(null);
    form.resetFields();
  }, [user, form]);

  const submit = async ({ reason }: { reason?: string }) => {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      const trimmed = reason?.trim();
      const saved = await call<UserView>(
        api.POST('/api/users/{id}/disable', { params: { path: { id: user.id } }, body: trimmed ? { reason: trimmed } : {} }),
      );
      onDone(saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!user}
      title={user ? `停用用户 ${user.displayName}（${user.username}）` : '停用用户'}
      okText="确认停用"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message="停用后该用户立即退出登录，且不能再登录，直到重新启用。" style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="disable-error" />}
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy}>
        <Form.Item label="停用原因" name="reason" extra="选填，记入审计日志">
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
