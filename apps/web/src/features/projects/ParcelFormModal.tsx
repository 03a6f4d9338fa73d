import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useLayoutEffect, useState } from 'react';
import { ApiError, api, call, errorMessage } from '../../api/client';
import type { CreateParcelBody, LandOwnership, ParcelStatus, ParcelView } from '../../api/views';
import { applyFieldErrors } from '../../lib/form-errors';
import { useReference } from '../../lib/reference';
import { changedFields, filledFields, STALE_MESSAGE, text, type FormBody } from '../subjects/form-values';
import { AreaInput } from '../subjects/SubjectForm';

interface ParcelValues {
  code?: string;
  village?: string;
  landOwnership?: LandOwnership;
  area?: string;
  status?: ParcelStatus;
  remarks?: string | null;
}

const toValues = (p: ParcelView): ParcelValues => ({
  code: p.code,
  village: p.village ?? undefined,
  landOwnership: p.landOwnership,
  area: p.area ?? undefined,
  status: p.status,
  remarks: p.remarks,
});

const toBody = (v: ParcelValues): FormBody<CreateParcelBody> => ({
  village: text(v.village),
  landOwnership: v.landOwnership,
  area: text(v.area),
  status: v.status,
  remarks: text(v.remarks),
});

/**
 * 新建地块 / 编辑地块 (officers of the project, admins). The parcel code is fixed once created; handing
 * a parcel over (已移交) is refused by the api while any case on it is not yet settled.
 */
export function ParcelFormModal({
  projectCode,
  parcel,
  open,
  onClose,
  onSaved,
}: {
  projectCode: string;
  parcel: ParcelView | null;
  open: boolean;
  onClose(): void;
  onSaved(p: ParcelView): void;
}) {
  const reference = useReference();
  const [form] = Form.useForm<ParcelValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const editing = !!parcel;
  /** A handed-over parcel's land is fixed (the api refuses changes to it). */
  const landFixed = parcel?.status === 'handed_over';
  const fixedHint = landFixed ? '地块已移交，不能修改' : undefined;

  // A layout effect: the form is reset before the opened dialog is painted. As a plain effect the reset
  // could run after the first keystrokes (React runs those after paint) and wipe what was typed.
  useLayoutEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(parcel ? toValues(parcel) : { code: `${projectCode}-`, landOwnership: 'collective', status: 'surveying' });
    setError(null);
  }, [open, parcel, projectCode, form]);

  const submit = async (values: ParcelValues) => {
    setSaving(true);
    setError(null);
    try {
      let saved: ParcelView;
      if (parcel) {
        const changes = changedFields(toBody(values), toBody(toValues(parcel)));
        if (!Object.keys(changes).length) {
          onClose();
          return;
        }
        saved = await call<ParcelView>(
          api.PATCH('/api/projects/{code}/parcels/{parcelCode}', {
            params: { path: { code: projectCode, parcelCode: parcel.code } },
            body: { ...changes, version: parcel.version },
          }),
        );
      } else {
        const body = filledFields<CreateParcelBody>({ code: text(values.code), ...toBody(values) });
        saved = await call<ParcelView>(api.POST('/api/projects/{code}/parcels', { params: { path: { code: projectCode } }, body }));
      }
      onSaved(saved);
    } catch (e) {
      const shown = e instanceof ApiError && (e.status === 400 || e.status === 422) ? applyFieldErrors(form, e) : 0;
      if (!shown) setError({ message: errorMessage(e), stale: e instanceof ApiError && e.status === 409 && e.message === STALE_MESSAGE });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={editing ? `编辑地块 ${parcel.code}` : `新建地块（${projectCode}）`}
      open={open}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()}>
          保存
        </Button>,
      ]}
    >
      {error && (
        <Alert
          type={error.stale ? 'warning' : 'error'}
          showIcon
          message={error.message}
          description={error.stale ? '请关闭后刷新页面，在最新内容上重新修改。' : undefined}
          style={{ marginBottom: 16 }}
          data-testid="parcel-form-error"
        />
      )}
      <Form<ParcelValues> name="parcel" form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={saving}>
        <Form.Item
          label="地块编号"
          name="code"
          rules={editing ? [] : [{ required: true, whitespace: true, message: '请输入地块编号' }]}
          extra={editing ? '地块编号不可修改' : '项目内唯一，大写字母、数字和连字符，如 GJ17-04'}
        >
          <Input maxLength={30} disabled={editing} autoComplete="off" />
        </Form.Item>
        <Form.Item label="所在村" name="village" rules={[{ required: true, whitespace: true, message: '请输入所在村' }]} extra={fixedHint}>
          <Input maxLength={50} placeholder="如 二联村" disabled={landFixed} />
        </Form.Item>
        <Form.Item label="土地权属" name="landOwnership" rules={[{ required: true, message: '请选择土地权属' }]} extra={fixedHint}>
          <Select options={reference.landOwnerships} disabled={landFixed} />
        </Form.Item>
        <Form.Item label="地块面积" name="area" rules={[{ required: true, whitespace: true, message: '请输入地块面积' }]} extra={fixedHint}>
          <AreaInput placeholder="如 12500.50" disabled={landFixed} />
        </Form.Item>
        <Form.Item label="地块状态" name="status" extra={parcel && !landFixed ? '移交须在“公司协作 → 移交”中发起移交单，由西虹桥公司接收' : undefined}>
          {/* An existing parcel becomes 已移交 only when the company accepts its 移交单. */}
          <Select options={reference.parcelStatuses.map((o) => ({ ...o, disabled: !!parcel && !landFixed && o.value === 'handed_over' }))} />
        </Form.Item>
        <Form.Item label="备注" name="remarks">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
