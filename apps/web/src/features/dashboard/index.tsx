import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { DashboardPage } from './DashboardPage';
import { ProjectDashboardPage } from './ProjectDashboardPage';

/** 项目进度: the project funnels and rates, and each project's parcel grid (every figure opens its cases). */
const feature: Feature = {
  routes: [
    { path: '/dashboard', element: <DashboardPage />, roles: EVERYONE },
    { path: '/dashboard/projects/:code', element: <ProjectDashboardPage />, roles: EVERYONE },
  ],
  menu: [{ path: '/dashboard', name: '项目进度', icon: <FundProjectionScreenOutlined />, roles: EVERYONE, order: 97, group: '领导驾驶舱' }],
};

export default feature;
