import { FieldTimeOutlined } from '@ant-design/icons';
import { EVERYONE, type Feature } from '../../app/feature';
import { MilestonesPage } from './MilestonesPage';
import { overdueMilestones } from './milestones-api';

/** 时间节点: the advancement plan (推进方案) of every project and base — a timeline, the table, the status changes. */
const feature: Feature = {
  routes: [{ path: '/milestones', element: <MilestonesPage />, roles: EVERYONE }],
  menu: [
    {
      path: '/milestones',
      name: '时间节点',
      icon: <FieldTimeOutlined />,
      roles: EVERYONE,
      order: 98,
      group: '领导驾驶舱',
      count: async () => (await overdueMilestones()).overdueCount,
    },
  ],
};

export default feature;
