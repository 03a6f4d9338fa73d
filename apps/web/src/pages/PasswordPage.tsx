import { Alert, Button, Card, Form, Input, Space, Typography, App as AntApp } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, call, errorMessage } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { applyFieldErrors } from '../lib/form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change password; also the forced first-login change (the rest of the app stays closed until done). */
export function PasswordPage() {
  const { user, refresh, logout } = useAuth();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const forced = !!user?.mustChangePassword;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }));
      await refresh();
      message.success('密码已修改');
      navigate('/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError) applyFieldErrors(form, e);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const card = (
    <Card className="xj-password-card" title="修改密码">
      {forced && <Alert type="info" showIcon message="首次登录，请先修改初始密码后再使用系统" style={{ marginBottom: 16 }} data-testid="first-login" />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        密码至少 8 位，包含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名，不能是常见密码。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" rules={[{ required: true, message: '请输入新密码' }, { min: 8, message: '新密码至少 8 位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_r, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            确认修改
          </Button>
          {forced ? (
            <Button onClick={() => void logout().then(() => navigate('/login', { replace: true }))}>退出登录</Button>
          ) : (
            <Button onClick={() => navigate(-1)}>取消</Button>
          )}
        </Space>
      </Form>
    </Card>
  );
  return forced ? <div className="xj-login">{card}</div> : card;
}
