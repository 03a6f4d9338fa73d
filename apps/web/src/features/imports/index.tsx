import { CloudUploadOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import type { Role } from '../../api/views';
import { ImportsPage } from './ImportsPage';

/** Who may import: @Allow('officer', 'admin') on libs/excel's ImportController and TemplateController. */
const IMPORTERS: Role[] = ['officer', 'admin'];

const feature: Feature = {
  routes: [{ path: '/imports', element: <ImportsPage />, roles: IMPORTERS }],
  menu: [{ path: '/imports', name: '导入', icon: <CloudUploadOutlined />, order: 60, group: '导入导出', roles: IMPORTERS }],
};

export default feature;
