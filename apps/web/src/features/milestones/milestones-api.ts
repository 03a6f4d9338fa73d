import { api, call } from '../../api/client';
import type {
  ChangeMilestoneStatusBody,
  CreateMilestoneBody,
  MilestoneOverdueSummaryView,
  MilestoneStatus,
  MilestoneView,
  UpdateMilestoneBody,
} from '../../api/views';

export interface MilestoneQuery {
  project?: string;
  base?: string;
  status?: MilestoneStatus;
  due?: 'overdue' | 'soon';
}

export const listMilestones = (query: MilestoneQuery) => call<MilestoneView[]>(api.GET('/api/milestones', { params: { query } }));

export const overdueMilestones = () => call<MilestoneOverdueSummaryView>(api.GET('/api/milestones/overdue'));

export const createMilestone = (body: CreateMilestoneBody) => call<MilestoneView>(api.POST('/api/milestones', { body }));

export const updateMilestone = (id: string, body: UpdateMilestoneBody) => call<MilestoneView>(api.PATCH('/api/milestones/{id}', { params: { path: { id } }, body }));

export const changeMilestoneStatus = (id: string, body: ChangeMilestoneStatusBody) =>
  call<MilestoneView>(api.POST('/api/milestones/{id}/status', { params: { path: { id } }, body }));

/** 状态 in Chinese and its colour (the timeline's bars and the tags). */
export const STATUS_LABELS: Record<MilestoneStatus, string> = { not_started: '未开始', in_progress: '进行中', done: '已完成', blocked: '受阻' };
export const STATUS_COLORS: Record<MilestoneStatus, string> = { not_started: '#8c8c8c', in_progress: '#1677ff', done: '#52c41a', blocked: '#fa8c16' };
export const OVERDUE_COLOR = '#f5222d';

/** Where a node belongs, as shown (`LXYQ 西虹桥两线一圈`, `二联小高层基地`). */
export const ownerOf = (m: MilestoneView) => (m.project ? `${m.project.code} ${m.project.name}` : (m.base?.name ?? ''));

/** The page's link for a node's project or base, filtered. */
export const milestonesLink = (m: MilestoneView, due?: 'overdue' | 'soon') => {
  const params = new URLSearchParams();
  if (m.project) params.set('project', m.project.code);
  else if (m.base) params.set('base', m.base.code);
  if (due) params.set('due', due);
  return `/milestones?${params.toString()}`;
};
