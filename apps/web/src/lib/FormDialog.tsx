import { Alert, Form, Modal } from 'antd';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { applyFieldErrors } from './form-errors';

interface Props<V> {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  /** A note above the fields (what the step does). */
  note?: ReactNode;
  initialValues?: Partial<V>;
  /** Sends the values; a refusal (ApiError) shows next to its fields, or above them. */
  onSubmit(values: V): Promise<void>;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  /** Wider dialogs hold a table (e.g. the cases of a confirmation batch); 560 by default. */
  width?: number;
}

/**
 * A dialog of one step (draft, sign, void, pay, reverse, record, close an item): its form, the api's field
 * messages next to the fields and any other refusal above them; closes only when the step went through.
 * Every opening gets a form of its own, so it starts from the `initialValues` of that opening (a payment's
 * amount is the balance as it is now), never from what the last opening left in the form's store.
 */
export function FormDialog<V extends object>(props: Props<V>) {
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setOpening((n) => n + 1);
  }
  return <FormDialogOpening<V> key={opening} {...props} />;
}

function FormDialogOpening<V extends object>({
  open,
  title,
  okText,
  danger,
  note,
  initialValues,
  onSubmit,
  onClose,
  children,
  testId,
  width = 560,
}: Props<V>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A layout effect: the form is reset before the opened dialog is painted (see DisableUserModal).
  useLayoutEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 422 && applyFieldErrors(form, e))) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      width={width}
    >
      <div data-testid={testId}>
        {note && <div style={{ marginBottom: 16 }}>{note}</div>}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="dialog-error" />}
        <Form<V> form={form} layout="vertical" onFinish={submit} disabled={busy} initialValues={initialValues} preserve={false}>
          {children}
        </Form>
      </div>
    </Modal>
  );
}
