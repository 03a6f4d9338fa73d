import { Alert, Form, Input, Modal, Select } from 'antd';
import { useLayoutEffect, useState } from 'react';
import { api, ApiError, call, errorMessage } from '../../../api/client';
import type { Role, UserView, UserWithPassword } from '../../../api/views';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useReference } from '../../../lib/reference';
import { useProjectOptions } from '../use-project-options';

interface Values {
  username: string;
  displayName: string;
  roles: Role[];
  projects: string[];
  password?: string;
}

interface Props {
  open: boolean;
  /** The user to edit; null: a new user. */
  user: UserView | null;
  onClose(): void;
  onSaved(user: UserWithPassword): void;
}

/** Create a user, or change a user's name, roles and projects (with the version read, so a concurrent change is refused). */
export function UserFormModal({ open, user, onClose, onSaved }: Props) {
  const reference = useReference();
  const projects = useProjectOptions();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editing = !!user;

  // A layout effect: the form is reset before the opened dialog is painted. As a plain effect the reset
  // could run after the first keystrokes (React runs those after paint) and wipe what was typed.
  useLayoutEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (user) form.setFieldsValue({ username: user.username, displayName: user.displayName, roles: user.roles, projects: user.projects });
  }, [open, user, form]);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = user
        ? await call<UserWithPassword>(
            api.PATCH('/api/users/{id}', {
              params: { path: { id: user.id } },
              body: { displayName: values.displayName.trim(), roles: values.roles, projects: values.projects ?? [], version: user.version },
            }),
          )
        : await call<UserWithPassword>(
            api.POST('/api/users', {
              body: {
                username: values.username.trim(),
                displayName: values.displayName.trim(),
                roles: values.roles,
                projects: values.projects ?? [],
                ...(values.password ? { password: values.password } : {}),
              },
            }),
          );
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && !user) {
        // The only conflict of a new account: its username is taken.
        form.setFields([{ name: 'username', errors: [e.message] }]);
        return;
      }
      const shownByField = e instanceof ApiError ? applyFieldErrors(form, e) : 0;
      if (!shownByField) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={user ? `编辑用户 ${user.username}` : '新建用户'}
      okText={editing ? '保存' : '创建'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      maskClosable={false}
      width={560}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="user-form-error" />}
      {editing && (
        <Alert type="info" showIcon message="修改角色或负责项目后，该用户须重新登录" style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy} initialValues={{ roles: [], projects: [] }}>
        <Form.Item
          label="用户名"
          name="username"
          extra={editing ? undefined : '3 至 30 位小写字母、数字、点、下划线或连字符，创建后不能修改'}
          rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
        >
          <Input disabled={editing} autoComplete="off" maxLength={30} />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色" name="roles" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个角色' }]}>
          <Select mode="multiple" options={reference.roles} placeholder="选择角色" optionFilterProp="label" />
        </Form.Item>
        <Form.Item label="负责项目" name="projects" extra="动迁经办人和西虹桥公司联络员只能看到负责项目的数据">
          <Select mode="multiple" options={projects.options} loading={projects.loading} placeholder="选择项目" optionFilterProp="label" allowClear />
        </Form.Item>
        {!editing && (
          <Form.Item label="初始密码" name="password" extra="可不填：系统将生成临时密码并只显示一次。无论哪种方式，用户首次登录都须修改密码。">
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
