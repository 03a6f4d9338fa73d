import { TeamOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { DuplicateHeadsPage } from './DuplicateHeadsPage';

/** 一人多户核查: heads of several households in one project (issue 9), for everyone within their projects. */
const feature: Feature = {
  routes: [{ path: '/duplicate-heads', element: <DuplicateHeadsPage />, roles: EVERYONE }],
  menu: [{ path: '/duplicate-heads', name: '一人多户核查', icon: <TeamOutlined />, order: 24, group: '征收对象' }],
};

export default feature;
