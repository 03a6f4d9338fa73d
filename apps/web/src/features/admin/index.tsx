import { SettingOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { AuditLogPage } from './audit/AuditLogPage';
import { QueuePage } from './queue/QueuePage';
import { UsersPage } from './users/UsersPage';

const GROUP = '系统管理';

/** Administration: users, the audit log and the job queue's state — for administrators only. */
const admin: Feature = {
  routes: [
    { path: '/admin/users', element: <UsersPage />, roles: ['admin'] },
    { path: '/admin/audit', element: <AuditLogPage />, roles: ['admin', 'leader'] },
    { path: '/admin/queue', element: <QueuePage />, roles: ['admin'] },
  ],
  menu: [
    { path: '/admin/users', name: '用户管理', icon: <SettingOutlined />, roles: ['admin'], order: 90, group: GROUP },
    { path: '/admin/audit', name: '审计日志', icon: <SettingOutlined />, roles: ['admin', 'leader'], order: 91, group: GROUP },
    { path: '/admin/queue', name: '任务队列', icon: <SettingOutlined />, roles: ['admin'], order: 92, group: GROUP },
  ],
};

export default admin;
