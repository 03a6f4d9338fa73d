import { HomeOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { RoundPage } from './RoundPage';
import { RoundPrintPage } from './RoundPrintPage';
import { RoundsPage } from './RoundsPage';

/** 选房: rounds in a fair, verifiable order; the household whose turn it is takes units in one click; release and 交房. */
const feature: Feature = {
  routes: [
    { path: '/choosing', element: <RoundsPage />, roles: EVERYONE },
    { path: '/choosing/:id', element: <RoundPage />, roles: EVERYONE },
    { path: '/choosing/:id/print', element: <RoundPrintPage />, roles: EVERYONE, bare: true },
  ],
  menu: [{ path: '/choosing', name: '选房', icon: <HomeOutlined />, roles: EVERYONE, order: 72, group: '安置房' }],
};

export default feature;
