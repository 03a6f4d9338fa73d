import { HomeOutlined, PayCircleOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { FeeBatchesPage } from './FeeBatchesPage';
import { TransitionalPage } from './TransitionalPage';

/** 过渡户 (the households waiting for their flat, the three-year clearance chart) and finance's 过渡费批次. */
const feature: Feature = {
  routes: [
    { path: '/transitional', element: <TransitionalPage />, roles: EVERYONE },
    { path: '/fee-batches', element: <FeeBatchesPage />, roles: ['finance', 'admin', 'leader'] },
  ],
  menu: [
    { path: '/transitional', name: '过渡户', icon: <HomeOutlined />, roles: EVERYONE, order: 74, group: '安置房' },
    { path: '/fee-batches', name: '过渡费批次', icon: <PayCircleOutlined />, roles: ['finance', 'admin', 'leader'], order: 75, group: '安置房' },
  ],
};

export default feature;
