/**
 * What an annual target (年度目标 / 实事工程) measures. The built-in measures are counted from the records; `manual`
 * is a practical project the system does not track (e.g. 职业技能培训人数), whose progress is entered with evidence;
 * `milestone` completes when its time node (推进方案) does (e.g. 金联动迁基地前期手续办理).
 */
export const TARGET_MEASURES = ['housing_solved', 'households_signed', 'parcels_handed_over', 'area_handed_over', 'transitional_cleared', 'milestone', 'manual'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

export const TARGET_MEASURE_LABELS: Record<TargetMeasure, string> = {
  housing_solved: '解决动迁户住房（户）',
  households_signed: '签约户数',
  parcels_handed_over: '移交地块数',
  area_handed_over: '移交土地面积',
  transitional_cleared: '过渡户清退（交房安置）',
  milestone: '时间节点完成',
  manual: '手工录入',
};

/** The unit label a target's value is counted in. */
export const TARGET_UNITS = ['户', '块', '㎡', '人', '项'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/** The unit each built-in measure counts in (a manual target chooses its own). */
export const MEASURE_UNITS: Record<Exclude<TargetMeasure, 'manual'>, TargetUnit> = {
  housing_solved: '户',
  households_signed: '户',
  parcels_handed_over: '块',
  area_handed_over: '㎡',
  transitional_cleared: '户',
  milestone: '项',
};

/** Why a target's measure, unit and scope do not fit together (Chinese), or null. */
export function targetShapeProblem(
  measure: TargetMeasure,
  unit: TargetUnit,
  scope: { baseIds: string[]; projectIds?: string[] },
  milestone: { milestoneId: string | null; targetValue: string } = { milestoneId: null, targetValue: '1' },
): string | null {
  if (measure !== 'manual' && MEASURE_UNITS[measure] !== unit) return `${TARGET_MEASURE_LABELS[measure]}的计量单位只能是“${MEASURE_UNITS[measure]}”`;
  if (measure === 'milestone') {
    if (!milestone.milestoneId) return '请选择该目标对应的时间节点';
    if (Number(milestone.targetValue) !== 1) return '时间节点目标的目标值只能是 1 项';
    if (scope.baseIds.length || scope.projectIds?.length) return '时间节点目标不限定项目或安置基地（节点本身属于项目或基地）';
  } else if (milestone.milestoneId) return '只有“时间节点完成”的目标可以关联时间节点';
  if (scope.baseIds.length && measure !== 'housing_solved' && measure !== 'transitional_cleared') return '只有住房解决和过渡户清退的目标可以限定安置基地';
  return null;
}

/** A year's first and last calendar day (Asia/Shanghai dates: a date column holds them already). */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Progress in percent, one decimal, never negative (target 0: 100 when anything is done). */
export function percentOf(actual: number, target: number): number {
  if (target <= 0) return actual > 0 ? 100 : 0;
  return Math.max(0, Math.round((actual / target) * 1000) / 10);
}
