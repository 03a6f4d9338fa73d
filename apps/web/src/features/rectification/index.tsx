import { BarChartOutlined, WarningOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import type { Role } from '../../api/views';
import { SummaryPage } from './SummaryPage';
import { ViolationsPage } from './ViolationsPage';

/** Officers (their projects' parcels and villages) and admins keep the register; leaders read it; finance and the company see nothing. */
export const RECTIFICATION_READERS: Role[] = ['officer', 'leader', 'admin'];

/** 土地管理 → 综合整治台账, 整治统计. */
const feature: Feature = {
  routes: [
    { path: '/rectification', element: <ViolationsPage />, roles: RECTIFICATION_READERS },
    { path: '/rectification/summary', element: <SummaryPage />, roles: RECTIFICATION_READERS },
  ],
  menu: [
    { path: '/rectification', name: '综合整治台账', icon: <WarningOutlined />, roles: RECTIFICATION_READERS, order: 90, group: '土地管理' },
    {
      path: '/rectification/summary',
      name: '整治统计',
      icon: <BarChartOutlined />,
      roles: RECTIFICATION_READERS,
      order: 91,
      group: '土地管理',
    },
  ],
};

export default feature;
