import { CloudDownloadOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { ExportsPage } from './ExportsPage';

/** Everyone who reads case data may export what they may see: @Allow(...READERS) on libs/excel's ExportController. */
const feature: Feature = {
  routes: [{ path: '/exports', element: <ExportsPage />, roles: EVERYONE }],
  menu: [{ path: '/exports', name: '导出', icon: <CloudDownloadOutlined />, order: 61, group: '导入导出', roles: EVERYONE }],
};

export default feature;
