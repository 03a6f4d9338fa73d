import { SettingOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { RecalculationPage } from './RecalculationPage';
import { SchemeListPage } from './SchemeListPage';
import { SchemeVersionPage } from './SchemeVersionPage';
import './scheme.css';

/** 补偿方案: each project's compensation scheme versions, edited and published by administrators. */
const feature: Feature = {
  routes: [
    { path: '/admin/schemes', element: <SchemeListPage />, roles: ['admin'] },
    { path: '/admin/schemes/:id', element: <SchemeVersionPage />, roles: ['admin'] },
    { path: '/admin/recalculations/:id', element: <RecalculationPage />, roles: ['admin'] },
  ],
  menu: [{ path: '/admin/schemes', name: '补偿方案', icon: <SettingOutlined />, roles: ['admin'], order: 89, group: '系统管理' }],
};

export default feature;
