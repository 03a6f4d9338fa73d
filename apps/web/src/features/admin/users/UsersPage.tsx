import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, App as AntApp, Button, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, call, errorMessage } from '../../../api/client';
import type { Page, Role, UserView, UserWithPassword } from '../../../api/views';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDate, formatDateTime } from '../../../lib/format';
import { labelOf, useReference, valueEnum } from '../../../lib/reference';
import { DisableUserModal } from './DisableUserModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UserFormModal } from './UserFormModal';
import { UserStatusTags } from './UserStatusTags';

interface Filters {
  q?: string;
  role?: Role;
  disabled?: 'true' | 'false';
  current?: number;
  pageSize?: number;
}

type PasswordShown = { username: string; displayName: string; password: string; reason: 'created' | 'reset' };

/** 用户管理: accounts, their roles and projects; create, edit, disable/enable, unlock, reset password. */
export function UsersPage() {
  const reference = useReference();
  const { user: me } = useAuth();
  const { message, modal } = AntApp.useApp();
  const table = useRef<ActionType>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ user: UserView | null } | null>(null);
  const [disabling, setDisabling] = useState<UserView | null>(null);
  const [password, setPassword] = useState<PasswordShown | null>(null);
  const reload = () => table.current?.reload();

  const act = async (run: () => Promise<UserView>, done: string) => {
    try {
      await run();
      message.success(done);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      reload();
    }
  };

  const enable = (u: UserView) =>
    act(() => call<UserView>(api.POST('/api/users/{id}/enable', { params: { path: { id: u.id } } })), `已启用 ${u.displayName}`);

  const unlock = (u: UserView) =>
    act(() => call<UserView>(api.POST('/api/users/{id}/unlock', { params: { path: { id: u.id } } })), `已解除 ${u.displayName} 的登录锁定`);

  const resetPassword = (u: UserView) =>
    modal.confirm({
      title: `重置 ${u.displayName}（${u.username}）的密码？`,
      content: '将生成新的临时密码（只显示一次）；该用户立即退出登录，下次登录须修改密码，登录锁定同时解除。',
      okText: '确认重置',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const saved = await call<UserWithPassword>(api.POST('/api/users/{id}/reset-password', { params: { path: { id: u.id } } }));
          setPassword({ username: saved.username, displayName: saved.displayName, password: saved.temporaryPassword ?? '', reason: 'reset' });
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          reload();
        }
      },
    });

  const columns: ProColumns<UserView>[] = [
    { title: '用户名或姓名', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '模糊匹配' } },
    { title: '角色', dataIndex: 'role', hideInTable: true, valueType: 'select', valueEnum: valueEnum(reference.roles) },
    {
      title: '是否停用',
      dataIndex: 'disabled',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { false: { text: '未停用' }, true: { text: '已停用' } },
    },
    { title: '用户名', dataIndex: 'username', search: false, width: 130, render: (_, u) => <Typography.Text strong>{u.username}</Typography.Text> },
    { title: '姓名', dataIndex: 'displayName', search: false, width: 110 },
    {
      title: '角色',
      dataIndex: 'roles',
      search: false,
      render: (_, u) => (
        <Space size={[0, 4]} wrap>
          {u.roles.map((r) => (
            <Tag key={r} color="blue">
              {labelOf(reference.roles, r)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: '负责项目', dataIndex: 'projects', search: false, width: 130, render: (_, u) => (u.projects.length ? u.projects.join('、') : '—') },
    { title: '状态', key: 'status', search: false, width: 140, render: (_, u) => <UserStatusTags user={u} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', search: false, width: 140, render: (_, u) => formatDateTime(u.lastLoginAt) },
    { title: '创建日期', dataIndex: 'createdAt', search: false, width: 100, render: (_, u) => formatDate(u.createdAt) },
    {
      title: '操作',
      key: 'actions',
      search: false,
      fixed: 'right',
      width: 230,
      render: (_, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing({ user: u })}>
            编辑
          </Button>
          {u.disabled ? (
            <Button type="link" size="small" onClick={() => void enable(u)}>
              启用
            </Button>
          ) : (
            <Button
              type="link"
              size="small"
              danger
              disabled={u.username === me?.username}
              title={u.username === me?.username ? '不能停用自己的账号' : undefined}
              onClick={() => setDisabling(u)}
            >
              停用
            </Button>
          )}
          {u.locked && (
            <Button type="link" size="small" onClick={() => void unlock(u)}>
              解锁
            </Button>
          )}
          <Button type="link" size="small" onClick={() => resetPassword(u)}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title="用户管理" subTitle="账号、角色与负责项目">
      {loadError && <Alert type="error" showIcon message={loadError} style={{ marginBottom: 16 }} />}
      <ProTable<UserView, Filters>
        actionRef={table}
        rowKey="id"
        columns={columns}
        scroll={{ x: 1180 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 个用户` }}
        options={{ density: false, setting: false, reload: true }}
        headerTitle="用户列表"
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
            新建用户
          </Button>,
        ]}
        request={async (params) => {
          try {
            const page = await call<Page<UserView>>(
              api.GET('/api/users', {
                params: {
                  query: {
                    page: params.current ?? 1,
                    pageSize: params.pageSize ?? 20,
                    q: params.q?.trim() || undefined,
                    role: params.role,
                    disabled: params.disabled === undefined ? undefined : params.disabled === 'true',
                  },
                },
              }),
            );
            setLoadError(null);
            return { data: page.items, total: page.total, success: true };
          } catch (e) {
            setLoadError(errorMessage(e));
            return { data: [], total: 0, success: false };
          }
        }}
      />
      <UserFormModal
        open={!!editing}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          const created = !editing?.user;
          setEditing(null);
          reload();
          if (created && saved.temporaryPassword) {
            setPassword({ username: saved.username, displayName: saved.displayName, password: saved.temporaryPassword, reason: 'created' });
          } else {
            message.success(created ? `已创建用户 ${saved.username}，首次登录须修改密码` : `已保存 ${saved.displayName}`);
          }
        }}
      />
      <DisableUserModal
        user={disabling}
        onClose={() => setDisabling(null)}
        onDone={(saved) => {
          setDisabling(null);
          message.success(`已停用 ${saved.displayName}，其登录已失效`);
          reload();
        }}
      />
      <TemporaryPasswordModal shown={password} onClose={() => setPassword(null)} />
    </PageContainer>
  );
}
