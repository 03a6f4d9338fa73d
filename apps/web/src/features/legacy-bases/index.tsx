import { EnvironmentOutlined } from '@ant-design/icons';
import { WRITERS_OF_SUBJECTS, type Feature } from '../../app/feature';
import { LegacyBaseFormPage } from './LegacyBaseFormPage';
import { LegacyBaseListPage } from './LegacyBaseListPage';
import '../subjects/subjects.css';

/** 遗留基地: the list (every reader), new and edit forms (officers of the project, admins). */
const feature: Feature = {
  routes: [
    { path: '/legacy-bases', element: <LegacyBaseListPage /> },
    { path: '/legacy-bases/new', element: <LegacyBaseFormPage />, roles: WRITERS_OF_SUBJECTS },
    { path: '/legacy-bases/:id/edit', element: <LegacyBaseFormPage />, roles: WRITERS_OF_SUBJECTS },
  ],
  menu: [{ path: '/legacy-bases', name: '遗留基地', icon: <EnvironmentOutlined />, order: 23, group: '征收对象' }],
};

export default feature;
