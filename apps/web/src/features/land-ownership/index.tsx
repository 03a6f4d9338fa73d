import { ApartmentOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { Role } from '../../api/views';
import type { Feature } from '../../app/feature';
import { OwnershipPage } from './OwnershipPage';
import { PlanPage } from './PlanPage';
import { PlansPage } from './PlansPage';

const LAND_READERS: Role[] = ['admin', 'officer', 'leader'];

/** 土地管理: the collective land ownership register (集体土地所有权) and the consolidation plans (归并方案). */
const feature: Feature = {
  routes: [
    { path: '/land/ownership', element: <OwnershipPage />, roles: LAND_READERS },
    { path: '/land/consolidation-plans', element: <PlansPage />, roles: LAND_READERS },
    { path: '/land/consolidation-plans/:id', element: <PlanPage />, roles: LAND_READERS },
  ],
  menu: [
    { path: '/land/ownership', name: '集体土地所有权', icon: <EnvironmentOutlined />, roles: LAND_READERS, order: 80, group: '土地管理' },
    { path: '/land/consolidation-plans', name: '归并方案', icon: <ApartmentOutlined />, roles: LAND_READERS, order: 81, group: '土地管理' },
  ],
};

export default feature;
