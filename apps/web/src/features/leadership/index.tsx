import { DashboardOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import type { Role } from '../../api/views';
import { LeaderHomePage } from './LeaderHomePage';

/** Leadership reads it; finance and officers may look (read-only: only admins and leaders record progress). */
const READERS: Role[] = ['leader', 'admin', 'finance', 'officer'];

/** 领导首页: the 536 quota, its burn-up and forecast, the year's targets — the leader's home screen (`/`); last in the others' menus, so their home screens stay theirs. */
const feature: Feature = {
  routes: [{ path: '/leader', element: <LeaderHomePage />, roles: READERS }],
  menu: [{ path: '/leader', name: '领导首页', icon: <DashboardOutlined />, roles: READERS, order: 96, group: '领导驾驶舱', home: ['leader'] }],
};

export default feature;
