import { AuditOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { BatchPage } from './BatchPage';
import { ConfirmationsPage } from './ConfirmationsPage';
import { pendingCount } from './confirmation-api';
import './confirmations.css';

const GROUP = '公司协作';

/** 确认 with 西虹桥公司: the town submits batches of surveyed cases, the company confirms or rejects each; the menu counts batches waiting. */
const feature: Feature = {
  routes: [
    { path: '/confirmations', element: <ConfirmationsPage />, roles: EVERYONE },
    { path: '/confirmations/:id', element: <BatchPage />, roles: EVERYONE },
  ],
  menu: [{ path: '/confirmations', name: '确认批次', icon: <AuditOutlined />, roles: EVERYONE, order: 62, group: GROUP, count: pendingCount }],
};

export default feature;
