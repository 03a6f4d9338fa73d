import { MILESTONE_STATUSES, MILESTONE_TRANSITIONS, milestoneCompletionProblem, milestoneTransitionProblem } from './milestone-status.js';

describe('milestone status transitions', () => {
  it('allows the table and refuses the rest in Chinese', () => {
    for (const from of MILESTONE_STATUSES) {
      for (const to of MILESTONE_STATUSES) {
        const problem = milestoneTransitionProblem(from, to);
        if (from !== to && MILESTONE_TRANSITIONS[from].includes(to)) expect(problem).toBeNull();
        else expect(problem).toMatch(/时间节点/);
      }
    }
    expect(milestoneTransitionProblem('done', 'blocked')).toBe('时间节点不能从“已完成”改为“受阻”');
    expect(milestoneTransitionProblem('done', 'not_started')).not.toBeNull();
    expect(milestoneTransitionProblem('done', 'in_progress')).toBeNull();
    expect(milestoneTransitionProblem('in_progress', 'in_progress')).toBe('时间节点已是“进行中”状态');
  });

  it('done needs an actual date that is not in the future and a done dependency', () => {
    const base = { status: 'done' as const, today: '2013-06-10', dependency: null };
    expect(milestoneCompletionProblem({ ...base, actualOn: null })).toBe('标为已完成须填写实际完成日期');
    expect(milestoneCompletionProblem({ ...base, actualOn: '2013-06-11' })).toMatch(/不能晚于今天/);
    expect(milestoneCompletionProblem({ ...base, actualOn: '2013-06-10' })).toBeNull();
    expect(milestoneCompletionProblem({ ...base, actualOn: '2013-06-01', dependency: { name: '规划方案批复', status: 'in_progress' } })).toBe('须先完成前置节点“规划方案批复”');
    expect(milestoneCompletionProblem({ ...base, actualOn: '2013-06-01', dependency: { name: '规划方案批复', status: 'done' } })).toBeNull();
    expect(milestoneCompletionProblem({ status: 'in_progress', actualOn: '2013-06-01', today: '2013-06-10', dependency: null })).toMatch(/只有已完成/);
    expect(milestoneCompletionProblem({ status: 'blocked', actualOn: null, today: '2013-06-10', dependency: null })).toBeNull();
  });
});
