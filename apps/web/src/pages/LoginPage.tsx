import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/client';
import { useAuth } from '../auth/AuthProvider';

export function LoginPage() {
  const { user, login, endedBecause } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<{ message: string; locked: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={user.mustChangePassword ? '/password' : from} replace />;

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const me = await login(values.username.trim(), values.password);
      navigate(me.mustChangePassword ? '/password' : from, { replace: true });
    } catch (e) {
      setError({ message: errorMessage(e), locked: e instanceof ApiError && e.status === 423 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="xj-login">
      <Card className="xj-login-card">
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          徐泾镇动迁安置案件管理系统
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          西虹桥地区动迁 · 安置 · 结算 · 移交
        </Typography.Paragraph>
        {endedBecause === 'expired' && !error && (
          <Alert type="warning" showIcon message="登录已失效，请重新登录" style={{ marginBottom: 16 }} data-testid="session-expired" />
        )}
        {error && (
          <Alert
            type={error.locked ? 'error' : 'warning'}
            showIcon
            message={error.message}
            description={error.locked ? '如需立即解锁，请联系系统管理员。' : undefined}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
