/** A time node's status (时间节点状态). */
export const MILESTONE_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  not_started: '未开始',
  in_progress: '进行中',
  done: '已完成',
  blocked: '受阻',
};

/**
 * The allowed status changes, as data. A done node may be reopened (进行中) when it turns out not to be done;
 * its actual date is then cleared.
 */
export const MILESTONE_TRANSITIONS: Readonly<Record<MilestoneStatus, readonly MilestoneStatus[]>> = {
  not_started: ['in_progress', 'done', 'blocked'],
  in_progress: ['done', 'blocked', 'not_started'],
  blocked: ['in_progress', 'not_started', 'done'],
  done: ['in_progress'],
};

/** Why `from → to` is not allowed (Chinese), or null when it is. */
export function milestoneTransitionProblem(from: MilestoneStatus, to: MilestoneStatus): string | null {
  if (from === to) return `时间节点已是“${MILESTONE_STATUS_LABELS[to]}”状态`;
  if (!MILESTONE_TRANSITIONS[from].includes(to)) return `时间节点不能从“${MILESTONE_STATUS_LABELS[from]}”改为“${MILESTONE_STATUS_LABELS[to]}”`;
  return null;
}

/**
 * What a node needs to be in `status`: done needs an actual date, not after today, and its dependency done;
 * any other status has no actual date. Answers the Chinese problem or null.
 */
export function milestoneCompletionProblem(input: {
  status: MilestoneStatus;
  actualOn: string | null;
  today: string;
  dependency: { name: string; status: MilestoneStatus } | null;
}): string | null {
  if (input.status !== 'done') return input.actualOn ? '只有已完成的时间节点才能填写实际完成日期' : null;
  if (!input.actualOn) return '标为已完成须填写实际完成日期';
  if (input.actualOn > input.today) return `实际完成日期 ${input.actualOn} 不能晚于今天（${input.today}）`;
  if (input.dependency && input.dependency.status !== 'done') return `须先完成前置节点“${input.dependency.name}”`;
  return null;
}
