import { AccountBookOutlined, AuditOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { ReconciliationPage } from './ReconciliationPage';
import { SettlementsPage } from './SettlementsPage';
import { StatementPage } from './StatementPage';
import './settlements.css';

const GROUP = '公司协作';

/** 结算 with 西虹桥公司: statements issued by finance and answered by the company, receipts, 预算/送审/审定, the three-ledger reconciliation. */
const feature: Feature = {
  routes: [
    { path: '/settlements', element: <SettlementsPage />, roles: EVERYONE },
    { path: '/settlements/:id', element: <StatementPage />, roles: EVERYONE },
    { path: '/reconciliation', element: <ReconciliationPage />, roles: EVERYONE },
  ],
  menu: [
    { path: '/settlements', name: '结算单', icon: <AccountBookOutlined />, roles: EVERYONE, order: 62, group: GROUP },
    { path: '/reconciliation', name: '三账对账', icon: <AuditOutlined />, roles: EVERYONE, order: 63, group: GROUP },
  ],
};

export default feature;
