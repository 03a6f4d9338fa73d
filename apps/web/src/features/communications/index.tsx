import { TeamOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { overdueCount } from './communication-api';
import { CommunicationsPage } from './CommunicationsPage';
import { OverdueItemsPage } from './OverdueItemsPage';
import './communications.css';

const GROUP = '公司协作';

/** 沟通 with 西虹桥公司: both sides record meetings and notices and close their action items; the menu counts what is overdue. */
const feature: Feature = {
  routes: [
    { path: '/communications', element: <CommunicationsPage />, roles: EVERYONE },
    { path: '/action-items', element: <OverdueItemsPage />, roles: EVERYONE },
  ],
  menu: [
    { path: '/communications', name: '沟通记录', icon: <TeamOutlined />, roles: EVERYONE, order: 60, group: GROUP },
    { path: '/action-items', name: '落实事项', icon: <TeamOutlined />, roles: EVERYONE, order: 61, group: GROUP, count: overdueCount },
  ],
};

export default feature;
