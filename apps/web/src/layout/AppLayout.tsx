import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { ProLayout, type MenuDataItem } from '@ant-design/pro-components';
import { Badge, Dropdown, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { CurrentUser } from '../api/views';
import { allMenu } from '../app/features';
import { useAuth } from '../auth/AuthProvider';
import { labelOf, useReference } from '../lib/reference';
import { NotificationBell } from './NotificationBell';

/** The menu the user's roles allow, grouped into sub-menus. */
export function menuFor(user: CurrentUser): MenuDataItem[] {
  const visible = allMenu.filter((m) => !m.roles || m.roles.some((r) => user.roles.includes(r)));
  const out: MenuDataItem[] = [];
  const groups = new Map<string, MenuDataItem>();
  for (const m of visible) {
    const item: MenuDataItem = { path: m.path, name: m.name, icon: m.icon };
    if (!m.group) {
      out.push(item);
      continue;
    }
    let group = groups.get(m.group);
    if (!group) {
      group = { path: `/${encodeURIComponent(m.group)}`, name: m.group, icon: m.icon, children: [] };
      groups.set(m.group, group);
      out.push(group);
    }
    group.children!.push({ ...item, icon: undefined });
  }
  return out;
}

/** The counts of the user's menu entries that have one, read again whenever the page changes (a step done elsewhere changes them). */
function useMenuCounts(user: CurrentUser | null, pathname: string): Map<string, number> {
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  useEffect(() => {
    if (!user) return;
    let live = true;
    const counted = allMenu.filter((m) => m.count && (!m.roles || m.roles.some((r) => user.roles.includes(r))));
    void Promise.all(counted.map(async (m) => [m.path, await m.count!().catch(() => 0)] as const)).then((entries) => live && setCounts(new Map(entries)));
    return () => {
      live = false;
    };
  }, [user, pathname]);
  return counts;
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { user, logout } = useAuth();
  const reference = useReference();
  const location = useLocation();
  const navigate = useNavigate();
  const menu = useMemo(() => (user ? menuFor(user) : []), [user]);
  const counts = useMenuCounts(user, location.pathname);
  if (!user) return null;

  return (
    <ProLayout
      title="徐泾动迁"
      logo={false}
      layout="mix"
      fixSiderbar
      splitMenus={false}
      breakpoint="md"
      defaultCollapsed={false}
      // A group the user opened stays open when the page changes underneath (a redirect after login, a
      // reload of the menu): by default ProLayout resets the open groups to the current page's, closing
      // the one just clicked open.
      menu={{ autoClose: false }}
      location={{ pathname: location.pathname }}
      route={{ path: '/', children: menu }}
      menuItemRender={(item, dom) => {
        if (!item.path) return dom;
        const count = counts.get(item.path) ?? 0;
        return (
          <Link to={item.path} className={count > 0 ? 'xj-menu-counted' : undefined}>
            {dom}
            {count > 0 && <Badge count={count} size="small" overflowCount={99} data-testid={`menu-count-${item.path.slice(1)}`} />}
          </Link>
        );
      }}
      actionsRender={() => [
        <NotificationBell key="bell" />,
        <Space key="who" size={4} wrap className="xj-header-user" data-testid="header-user">
          <Typography.Text strong>{user.displayName}</Typography.Text>
          {user.roles.map((r) => (
            <Tag key={r} color="blue">
              {labelOf(reference.roles, r)}
            </Tag>
          ))}
          {user.projects.length > 0 && <Typography.Text type="secondary">项目：{user.projects.join('、')}</Typography.Text>}
        </Space>,
      ]}
      avatarProps={{
        title: user.username,
        size: 'small',
        render: (_props, dom) => (
          <Dropdown
            menu={{
              items: [
                { key: 'password', icon: <LockOutlined />, label: '修改密码' },
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
              ],
              onClick: ({ key }) => {
                if (key === 'password') navigate('/password');
                if (key === 'logout') void logout().then(() => navigate('/login', { replace: true }));
              },
            }}
          >
            <span role="button" tabIndex={0} aria-label="账号菜单">
              {dom}
            </span>
          </Dropdown>
        ),
      }}
    >
      {children}
    </ProLayout>
  );
}
