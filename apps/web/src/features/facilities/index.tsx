import { ToolOutlined } from '@ant-design/icons';
import { WRITERS_OF_SUBJECTS, type Feature } from '../../app/feature';
import { FacilityFormPage } from './FacilityFormPage';
import { FacilityListPage } from './FacilityListPage';
import '../subjects/subjects.css';

/** 市政设施: the list (every reader), new and edit forms (officers of the project, admins). */
const feature: Feature = {
  routes: [
    { path: '/facilities', element: <FacilityListPage /> },
    { path: '/facilities/new', element: <FacilityFormPage />, roles: WRITERS_OF_SUBJECTS },
    { path: '/facilities/:id/edit', element: <FacilityFormPage />, roles: WRITERS_OF_SUBJECTS },
  ],
  menu: [{ path: '/facilities', name: '市政设施', icon: <ToolOutlined />, order: 22, group: '征收对象' }],
};

export default feature;
