import { SwapOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { HandoversPage } from './HandoversPage';

/** 移交 to 西虹桥公司: readiness of each parcel, the 移交单 the town records and the company accepts, the project's progress. */
const feature: Feature = {
  routes: [{ path: '/handovers', element: <HandoversPage />, roles: EVERYONE }],
  menu: [{ path: '/handovers', name: '移交', icon: <SwapOutlined />, roles: EVERYONE, order: 64, group: '公司协作' }],
};

export default feature;
