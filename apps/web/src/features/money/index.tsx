import { PayCircleOutlined } from '@ant-design/icons';
import type { Role } from '../../api/views';
import type { Feature } from '../../app/feature';
import { PaymentsLedgerPage, PaymentsPage } from './payments/PaymentsPage';
import { AgreementPrintPage } from './print/AgreementPrintPage';
import './money.css';

const GROUP = '补偿款';
/** Who reads the payments ledger: finance, leaders, admins and the company (amounts of its projects). */
const LEDGER_READERS: Role[] = ['finance', 'leader', 'admin', 'company'];

/**
 * The money's own screens (the 补偿 tab of the case page lives in the case feature): finance records
 * and reverses payments; whoever reads amounts (finance, leaders, admins, the company) reads the
 * ledger; the agreement's print view opens without the menu.
 */
const feature: Feature = {
  routes: [
    { path: '/payments', element: <PaymentsPage />, roles: ['finance'] },
    { path: '/payment-ledger', element: <PaymentsLedgerPage />, roles: LEDGER_READERS },
    { path: '/agreements/:id/print', element: <AgreementPrintPage />, bare: true },
  ],
  menu: [
    { path: '/payments', name: '支付管理', icon: <PayCircleOutlined />, roles: ['finance'], order: 50, group: GROUP },
    { path: '/payment-ledger', name: '支付台账', icon: <PayCircleOutlined />, roles: LEDGER_READERS, order: 51, group: GROUP },
  ],
};

export default feature;
