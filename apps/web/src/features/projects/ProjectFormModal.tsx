import { Alert, Button, DatePicker, Form, Input, Modal, Select, type ModalProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLayoutEffect, useState } from 'react';
import { ApiError, api, call, errorMessage } from '../../api/client';
import type { CreateProjectBody, ProjectStatus, ProjectView } from '../../api/views';
import { applyFieldErrors } from '../../lib/form-errors';
import { useReference } from '../../lib/reference';
import { changedFields, date, filledFields, STALE_MESSAGE, text, toDayjs, type FormBody } from '../subjects/form-values';

interface ProjectValues {
  code?: string;
  name?: string;
  zone?: string | null;
  acquirer?: string | null;
  status?: ProjectStatus;
  plannedStartOn?: Dayjs | null;
  plannedEndOn?: Dayjs | null;
  remarks?: string | null;
}

const toValues = (p: ProjectView): ProjectValues => ({
  code: p.code,
  name: p.name,
  zone: p.zone,
  acquirer: p.acquirer,
  status: p.status,
  plannedStartOn: toDayjs(p.plannedStartOn),
  plannedEndOn: toDayjs(p.plannedEndOn),
  remarks: p.remarks,
});

const toBody = (v: ProjectValues): FormBody<CreateProjectBody> => ({
  name: text(v.name),
  zone: text(v.zone),
  acquirer: text(v.acquirer),
  status: v.status,
  plannedStartOn: date(v.plannedStartOn),
  plannedEndOn: date(v.plannedEndOn),
  remarks: text(v.remarks),
});

/**
 * 新建项目 / 编辑项目 (admins). The code names the project everywhere and is fixed once created;
 * an edit sends only what changed, with the version read (a stale one is explained).
 */
export function ProjectFormModal({ project, open, onClose, onSaved }: { project: ProjectView | null; open: boolean; onClose(): void; onSaved(p: ProjectView): void }) {
  const reference = useReference();
  const [form] = Form.useForm<ProjectValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const editing = !!project;

  // A layout effect: the form is reset before the opened dialog is painted. As a plain effect the reset
  // could run after the first keystrokes (React runs those after paint) and wipe what was typed.
  useLayoutEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(project ? toValues(project) : { acquirer: '西虹桥公司', status: 'preparing' });
    setError(null);
  }, [open, project, form]);

  const submit = async (values: ProjectValues) => {
    setSaving(true);
    setError(null);
    try {
      let saved: ProjectView;
      if (project) {
        const changes = changedFields(toBody(values), toBody(toValues(project)));
        if (!Object.keys(changes).length) {
          onClose();
          return;
        }
        saved = await call<ProjectView>(api.PATCH('/api/projects/{code}', { params: { path: { code: project.code } }, body: { ...changes, version: project.version } }));
      } else {
        const body = filledFields<CreateProjectBody>({ code: text(values.code), ...toBody(values) });
        saved = await call<ProjectView>(api.POST('/api/projects', { body }));
      }
      onSaved(saved);
    } catch (e) {
      const shown = e instanceof ApiError && e.status === 400 ? applyFieldErrors(form, e) : 0;
      if (!shown) setError({ message: errorMessage(e), stale: e instanceof ApiError && e.status === 409 && e.message === STALE_MESSAGE });
    } finally {
      setSaving(false);
    }
  };

  const footer: ModalProps['footer'] = [
    <Button key="cancel" onClick={onClose}>
      取消
    </Button>,
    <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()}>
      保存
    </Button>,
  ];

  return (
    <Modal title={editing ? `编辑项目 ${project.code}` : '新建项目'} open={open} onCancel={onClose} footer={footer} destroyOnHidden width={640}>
      {error && (
        <Alert
          type={error.stale ? 'warning' : 'error'}
          showIcon
          message={error.message}
          description={error.stale ? '请关闭后刷新页面，在最新内容上重新修改。' : undefined}
          style={{ marginBottom: 16 }}
          data-testid="project-form-error"
        />
      )}
      <Form<ProjectValues> name="project" form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={saving}>
        <Form.Item
          label="项目编号"
          name="code"
          rules={editing ? [] : [{ required: true, whitespace: true, message: '请输入项目编号' }]}
          extra={editing ? '项目编号不可修改' : '大写字母、数字和连字符，如 GJ17'}
        >
          <Input maxLength={20} disabled={editing} autoComplete="off" />
        </Form.Item>
        <Form.Item label="项目名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入项目名称' }]}>
          <Input maxLength={100} placeholder="如 轨交17号线" />
        </Form.Item>
        <Form.Item label="所属区域" name="zone">
          <Input maxLength={100} placeholder="如 两线一圈" />
        </Form.Item>
        <Form.Item label="收储单位" name="acquirer">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="项目状态" name="status">
          <Select options={reference.projectStatuses} />
        </Form.Item>
        <Form.Item label="计划开始日期" name="plannedStartOn">
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="计划完成日期" name="plannedEndOn">
          <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="备注" name="remarks">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
