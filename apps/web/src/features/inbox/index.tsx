import { InboxOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { inboxCount } from './inbox-api';
import { InboxPage } from './InboxPage';

/** 待办 of 西虹桥公司: what waits for the company across the four mechanisms; the company's home screen. */
const feature: Feature = {
  routes: [{ path: '/inbox', element: <InboxPage />, roles: EVERYONE }],
  menu: [{ path: '/inbox', name: '公司待办', icon: <InboxOutlined />, roles: EVERYONE, order: 59, group: '公司协作', count: inboxCount, home: ['company'] }],
};

export default feature;
