import { ShopOutlined } from '@ant-design/icons';
import { WRITERS_OF_SUBJECTS, type Feature } from '../../app/feature';
import { EnterpriseFormPage } from './EnterpriseFormPage';
import { EnterpriseListPage } from './EnterpriseListPage';
import '../subjects/subjects.css';

/** 企业: the list (every reader), new and edit forms (officers of the project, admins). */
const feature: Feature = {
  routes: [
    { path: '/enterprises', element: <EnterpriseListPage /> },
    { path: '/enterprises/new', element: <EnterpriseFormPage />, roles: WRITERS_OF_SUBJECTS },
    { path: '/enterprises/:id/edit', element: <EnterpriseFormPage />, roles: WRITERS_OF_SUBJECTS },
  ],
  menu: [{ path: '/enterprises', name: '企业', icon: <ShopOutlined />, order: 21, group: '征收对象' }],
};

export default feature;
