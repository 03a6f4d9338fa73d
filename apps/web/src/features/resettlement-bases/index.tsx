import { HomeOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { BasePage } from './BasePage';
import { BasesPage } from './BasesPage';
import { BuildingGridPage } from './BuildingGridPage';

/** 安置基地: the town's resettlement bases with their stages, buildings and each building's 房源图. */
const feature: Feature = {
  routes: [
    { path: '/resettlement/bases', element: <BasesPage />, roles: EVERYONE },
    { path: '/resettlement/bases/:id', element: <BasePage />, roles: EVERYONE },
    { path: '/resettlement/buildings/:id', element: <BuildingGridPage />, roles: EVERYONE },
  ],
  menu: [{ path: '/resettlement/bases', name: '安置基地', icon: <HomeOutlined />, roles: EVERYONE, order: 70, group: '安置房' }],
};

export default feature;
