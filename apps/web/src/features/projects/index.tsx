import { ProjectOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { ProjectDetailPage } from './ProjectDetailPage';
import { ProjectListPage } from './ProjectListPage';
import '../subjects/subjects.css';

/** 项目与地块: every reader sees the projects they may see; admins manage projects, officers of a project its parcels. */
const feature: Feature = {
  routes: [
    { path: '/projects', element: <ProjectListPage /> },
    { path: '/projects/:code', element: <ProjectDetailPage /> },
  ],
  menu: [{ path: '/projects', name: '项目与地块', icon: <ProjectOutlined />, order: 10 }],
};

export default feature;
