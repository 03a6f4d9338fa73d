import type { Feature } from '../../app/feature';
import { CasePage } from './CasePage';
import { CaseRedirect } from './CaseRedirect';
import './case.css';

/**
 * The case page (一户一档) of every kind of 征收对象. No menu entries: the lists link here. Every
 * reader may open it; what each role may do on it (edit, show full numbers, take steps) follows the api.
 */
const feature: Feature = {
  routes: [
    { path: '/households/:id', element: <CasePage kind="household" /> },
    { path: '/enterprises/:id', element: <CasePage kind="enterprise" /> },
    { path: '/facilities/:id', element: <CasePage kind="facility" /> },
    { path: '/legacy-bases/:id', element: <CasePage kind="legacy_base" /> },
    { path: '/cases/:id', element: <CaseRedirect /> },
  ],
  menu: [],
};

export default feature;
