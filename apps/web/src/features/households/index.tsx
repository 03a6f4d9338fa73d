import { HomeOutlined } from '@ant-design/icons';
import { WRITERS_OF_SUBJECTS, type Feature } from '../../app/feature';
import { HouseholdFormPage } from './HouseholdFormPage';
import { HouseholdListPage } from './HouseholdListPage';
import '../subjects/subjects.css';

export { currentHouseholdFilters } from './filters';

/** 民房 (动迁户): the list (every reader), new and edit forms (officers of the project, admins). Case pages are the case feature's. */
const feature: Feature = {
  routes: [
    { path: '/households', element: <HouseholdListPage /> },
    { path: '/households/new', element: <HouseholdFormPage />, roles: WRITERS_OF_SUBJECTS },
    { path: '/households/:id/edit', element: <HouseholdFormPage />, roles: WRITERS_OF_SUBJECTS },
  ],
  menu: [{ path: '/households', name: '民房', icon: <HomeOutlined />, order: 20, group: '征收对象' }],
};

export default feature;
