import { planStepProblem, planTotals } from './plan-rules.js';

describe('consolidation plan rules', () => {
  it('steps draft → approved → done, nothing else', () => {
    expect(planStepProblem('draft', 'approved')).toBeNull();
    expect(planStepProblem('approved', 'done')).toBeNull();
    expect(planStepProblem('draft', 'done')).toBe('只有已批准的归并方案才能标为完成');
    expect(planStepProblem('done', 'done')).toBe('归并方案已是“已完成”状态');
    expect(planStepProblem('done', 'approved')).toBe('归并方案不能从“已完成”改为“已批准”');
  });

  it('sums areas exactly, before by current owner and use, after all under the target', () => {
    const lands = [
      { ownerKind: 'village' as const, landUse: 'farmland' as const, area: '0.10' },
      { ownerKind: 'group' as const, landUse: 'homestead' as const, area: '0.20' },
    ];
    const { before, after } = planTotals(lands, { ownerKind: 'town', landUse: 'construction' });
    expect(before.area).toBe('0.30');
    expect(before.byOwner.map((l) => [l.key, l.count, l.area])).toEqual([
      ['town', 0, '0.00'],
      ['village', 1, '0.10'],
      ['group', 1, '0.20'],
    ]);
    expect(after.byOwner[0]).toEqual({ key: 'town', label: '镇集体', count: 2, area: '0.30' });
    expect(after.byUse.find((l) => l.key === 'construction')!.area).toBe('0.30');
  });
});
