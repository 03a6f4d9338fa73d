import { CONFIRMATION_VOID, findTransition, forwardPath, OPENING_STATUS, type CaseStatus, type ResettlementStatus, type TransitionRule } from '@app/cases';
import { shanghaiInstant, toDay } from './calendar.js';
import type { SeededRandom } from './random.js';

/** One row of a case's history, before ids are attached. */
export interface HistoryEntry {
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  kind: 'open' | 'forward' | 'reversal' | 'system';
  reason: string | null;
  actor: string;
  /** The record causing the step, for a step only a record may cause (the agreement signs and voids). */
  record?: string;
  day: number;
  at: Date;
}

/** `mid`: a step was reversed and taken again; `end`: the case was sent back and is waiting there. */
export type ReversalPlan = 'none' | 'mid' | 'end';

const REVERSAL_REASONS: Partial<Record<CaseStatus, readonly string[]>> = {
  surveyed: ['户籍人数与派出所底册不符，退回重新摸底', '宅基地面积测量有误，需重新丈量'],
  confirmed: ['公司复核发现无证建筑面积计算有误，撤销确认', '户主已去世，需变更户主后重新确认'],
  signed: ['家庭成员对安置方式有异议，协议作废重签', '协议中安置房面积填写错误，撤销签约'],
  vacated: ['腾地验收发现附属用房未拆除，撤销腾地'],
  settled: ['结算金额与西虹桥公司对账不符，退回重新结算'],
};

const OPEN_REASON = '建档';

/** The statuses along the lifecycle table's forward steps, in order. */
const LINE: readonly CaseStatus[] = [OPENING_STATUS, ...forwardPath('handed_over').map((r) => r.to)];
const indexOf = (status: CaseStatus) => LINE.indexOf(status);

function ruleFor(from: CaseStatus, to: CaseStatus): TransitionRule {
  const rule = findTransition(from, to);
  if (!rule) throw new Error(`no lifecycle rule ${from} → ${to}`);
  return rule;
}

/** The people who take a step in the demo are its permitted roles other than the administrator. */
function actorFor(rng: SeededRandom, rule: TransitionRule): string {
  return rng.pick(rule.roles.filter((role) => role !== 'admin'));
}

/** The status moves of a case that ends at `target` (never `handed_over`: see `handoverEntry`). */
function plannedMoves(target: CaseStatus, reversal: ReversalPlan, rng: SeededRandom): Array<[CaseStatus, CaseStatus]> {
  const last = indexOf(target);
  const moves: Array<[CaseStatus, CaseStatus]> = [];
  const climb = (from: number, to: number) => {
    for (let i = from; i < to; i++) moves.push([LINE[i], LINE[i + 1]]);
  };
  if (reversal === 'mid' && last >= 1) {
    const k = rng.int(1, last);
    climb(0, k);
    moves.push([LINE[k], LINE[k - 1]], [LINE[k - 1], LINE[k]]);
    climb(k, last);
  } else if (reversal === 'end' && last + 1 <= indexOf('settled')) {
    climb(0, last + 1);
    moves.push([LINE[last + 1], target]);
  } else {
    climb(0, last);
  }
  return moves;
}

const workTime = (rng: SeededRandom) => rng.int(9 * 60, 17 * 60 + 30);

/**
 * A case's history: the opening entry, then one row per step, each on a later working day.
 * The case is opened shortly before the survey visit and reaches `surveyed` shortly after it.
 */
export function planCaseHistory(
  rng: SeededRandom,
  input: { target: CaseStatus; surveyedOn: string; reversal: ReversalPlan },
): HistoryEntry[] {
  if (input.target === 'handed_over') throw new Error('plan up to settled, then add handoverEntry');
  const surveyDay = toDay(input.surveyedOn);
  let day = surveyDay - rng.int(0, 7);
  const history: HistoryEntry[] = [
    {
      fromStatus: null,
      toStatus: OPENING_STATUS,
      kind: 'open',
      reason: OPEN_REASON,
      actor: 'officer',
      day,
      at: shanghaiInstant(day, workTime(rng)),
    },
  ];
  let afterReversal = false;
  let surveyDone = false;
  for (const [from, to] of plannedMoves(input.target, input.reversal, rng)) {
    const rule = ruleFor(from, to);
    const isReversal = rule.kind === 'reversal';
    if (to === 'surveyed' && !surveyDone) day = surveyDay + rng.int(1, 7);
    else day += isReversal ? rng.int(2, 10) : afterReversal ? rng.int(5, 20) : rng.int(7, 35);
    const entry: HistoryEntry = {
      fromStatus: from,
      toStatus: to,
      kind: rule.kind,
      reason: null,
      actor: actorFor(rng, rule),
      day,
      at: shanghaiInstant(day, workTime(rng)),
      ...(rule.causedBy ? { record: rule.causedBy.record } : {}),
    };
    if (isReversal) {
      const voided = from === CONFIRMATION_VOID.from && to === CONFIRMATION_VOID.to && rng.chance(0.5);
      entry.kind = voided ? 'system' : 'reversal';
      entry.reason = voided ? CONFIRMATION_VOID.reason : rng.pick(REVERSAL_REASONS[from] ?? ['退回重办']);
      if (voided) entry.actor = 'officer';
    }
    history.push(entry);
    afterReversal = isReversal;
    surveyDone ||= to === 'surveyed';
  }
  return history;
}

/** The `settled → handed_over` row written when the parcel is handed over on `day`. */
export function handoverEntry(rng: SeededRandom, day: number): HistoryEntry {
  const rule = ruleFor('settled', 'handed_over');
  return {
    fromStatus: 'settled',
    toStatus: 'handed_over',
    kind: 'forward',
    reason: null,
    actor: actorFor(rng, rule),
    day,
    at: shanghaiInstant(day, workTime(rng)),
    ...(rule.causedBy ? { record: rule.causedBy.record } : {}),
  };
}

/**
 * The resettlement track of a household: property-swap households (about two in three) that have
 * moved out wait as 过渡户 until their flat is delivered; monetary ones stay `none`.
 */
export function drawResettlement(rng: SeededRandom, status: CaseStatus): ResettlementStatus {
  if (indexOf(status) < indexOf('vacated') || !rng.chance(0.68)) return 'none';
  const resettled = status === 'vacated' ? 0.15 : status === 'settled' ? 0.4 : 0.6;
  return rng.chance(resettled) ? 'resettled' : 'transitional';
}
