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

/** How often the menu's counts are read again while the user stays on one page. */
const COUNTS_REFRESH_MS = 60_000;
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/**
 * The counts of the user's menu entries that have one, read again whenever the page changes (a step done
 * elsewhere changes them) and every minute. Each count shows as soon as its own answer arrives — a slow one
 * does not hold back the others — and a count whose request failed keeps the value it had.
 */
function useMenuCounts(user: CurrentUser | null, pathname: string): ReadonlyMap<string, number> {
  // Kept with the user they were read for: another user's counts never show, not even for a moment.
  const [kept, setKept] = useState<{ username: string; counts: Map<string, number> }>({ username: '', counts: new Map() });
  useEffect(() => {
    if (!user) return;
    const { username } = user;
    let live = true;
    const counted = allMenu.filter((m) => m.count && (!m.roles || m.roles.some((r) => user.roles.includes(r))));
    const load = () => {
      for (const m of counted) {
        m.count!().then(
          (n) =>
            live &&
            setKept((before) => {
              const counts = before.username === username ? before.counts : new Map<string, number>();
              return counts.get(m.path) === n && before.username === username ? before : { username, counts: new Map(counts).set(m.path, n) };
            }),
          () => undefined,
        );
      }
    };
    load();
    const timer = setInterval(load, COUNTS_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [user, pathname]);
  return kept.username === user?.username ? kept.counts : NO_COUNTS;
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
