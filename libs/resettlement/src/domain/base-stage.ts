import { BASE_STAGE_LABELS, BASE_STAGES, type BaseStage, type BaseStageDates } from './resettlement-labels.js';

/**
 * The rules of a base's stage (规划 → 前期手续 → 在建 → 竣工 → 交付中) and its dates. A stage's dates are
 * its planned and actual **completion** (计划完成 / 实际完成): a base moves on to the next stage when the
 * current one is finished, so
 * - every stage before the current one has its actual completion date, and no later stage has one yet;
 * - the current stage has no actual date, except the last (交付中: the day delivery finished);
 * - an actual date is never after today, and actual dates follow the stages' order, as planned dates do;
 * - a base moves back a stage only by an admin (correcting a mistake); the dates then follow the rules above.
 */

/** The position of a stage in the order (规划 is 0). */
export const stageIndex = (stage: BaseStage): number => BASE_STAGES.indexOf(stage);

export interface StageChange {
  from: BaseStage;
  to: BaseStage;
  /** The dates after the change (every stage, missing = none). */
  dates: BaseStageDates;
  /** Today in Asia/Shanghai, `YYYY-MM-DD`. */
  today: string;
  /** Admins may move a base back (a correction); others only forward or not at all. */
  mayMoveBack: boolean;
}

const label = (stage: BaseStage) => `「${BASE_STAGE_LABELS[stage]}」`;

/** Why a base may not take `change` (a Chinese message), or null. */
export function stageChangeProblem(change: StageChange): string | null {
  const { from, to, dates, today } = change;
  const target = stageIndex(to);
  if (target < stageIndex(from) && !change.mayMoveBack) return `阶段不能从${label(from)}退回${label(to)}；如确属录入错误，请联系管理员更正`;
  return stageDatesProblem(to, dates, today);
}

/** Why `dates` do not fit a base at `stage` (a Chinese message), or null. */
export function stageDatesProblem(stage: BaseStage, dates: BaseStageDates, today: string): string | null {
  const current = stageIndex(stage);
  const last = BASE_STAGES.length - 1;
  let previousActual: { stage: BaseStage; date: string } | null = null;
  let previousPlanned: { stage: BaseStage; date: string } | null = null;
  for (const [index, s] of BASE_STAGES.entries()) {
    const planned = dates[s]?.planned ?? null;
    const actual = dates[s]?.actual ?? null;
    if (actual !== null && actual > today) return `${label(s)}的实际完成日期 ${actual} 不能晚于今天`;
    if (index < current && actual === null) return `进入${label(stage)}前，须先填写${label(s)}的实际完成日期`;
    if (index > current && actual !== null) return `尚未进入${label(s)}，不能填写它的实际完成日期`;
    if (index === current && index < last && actual !== null) {
      return `当前阶段${label(s)}尚未结束，不能填写实际完成日期；如已完成，请将阶段推进到下一阶段`;
    }
    if (actual !== null) {
      if (previousActual && actual < previousActual.date) return `${label(s)}的实际完成日期 ${actual} 不能早于${label(previousActual.stage)}的 ${previousActual.date}`;
      previousActual = { stage: s, date: actual };
    }
    if (planned !== null) {
      if (previousPlanned && planned < previousPlanned.date) return `${label(s)}的计划完成日期 ${planned} 不能早于${label(previousPlanned.stage)}的 ${previousPlanned.date}`;
      previousPlanned = { stage: s, date: planned };
    }
  }
  return null;
}

/** One stage of a base as the screens draw it (antd Steps): done, current or waiting, late when its plan has passed unfinished. */
export interface StageStep {
  stage: BaseStage;
  label: string;
  planned: string | null;
  actual: string | null;
  state: 'done' | 'current' | 'waiting';
  /** The planned completion has passed and the stage has not finished. */
  late: boolean;
}

export function stageSteps(stage: BaseStage, dates: BaseStageDates, today: string): StageStep[] {
  const current = stageIndex(stage);
  return BASE_STAGES.map((s, index) => {
    const planned = dates[s]?.planned ?? null;
    const actual = dates[s]?.actual ?? null;
    const state = index < current ? 'done' : index === current ? 'current' : 'waiting';
    return { stage: s, label: BASE_STAGE_LABELS[s], planned, actual, state, late: actual === null && planned !== null && planned < today };
  });
}
