import {
  CASE_TRANSITIONS,
  checkOpening,
  checkTransition,
  CONFIRMATION_VOID,
  TRANSITION_GUARDS,
  type CaseStatus,
  type GuardAnswers,
  type Role,
  type TransitionRule,
} from './case-lifecycle.js';

/** One row of a case's recorded history, as loaded (demo data, a migration of paper files). */
export interface RecordedStep {
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  kind: 'open' | 'forward' | 'reversal' | 'system';
  reason: string | null;
  /** Who took the step; in a loaded history, named by role (`officer`, `company`…). */
  actor: string;
  /** The record that caused the step, for a step only a record causes. */
  record?: string;
  createdAt: Date;
}

/**
 * A recorded step's preconditions held when it was taken — today's facts cannot tell, so a loaded
 * history answers every guard as passed, explicitly here and nowhere else.
 */
const HELD_WHEN_TAKEN: GuardAnswers = Object.fromEntries(TRANSITION_GUARDS.map((g) => [g, null]));

/**
 * Checks a recorded history against the lifecycle table: it opens (in a status the table lets a
 * case open in), then every step continues from the one before, later in time, is a rule of the
 * table taken by one of its roles with the reason it needs (or is the system's 确认失效), and ends
 * at `status` changed at the last step's instant. Returns why not (for the loader's error), or null.
 */
export function checkHistory(
  history: readonly RecordedStep[],
  current: { status: CaseStatus; statusChangedAt: Date },
  table: readonly TransitionRule[] = CASE_TRANSITIONS,
): string | null {
  const [opening, ...steps] = history;
  if (!opening || opening.kind !== 'open' || opening.fromStatus !== null) return 'the history does not begin with its opening entry';
  const opened = checkOpening(opening.toStatus, { guards: HELD_WHEN_TAKEN }, table);
  if (!opened.ok) return `opening in ${opening.toStatus}: ${opened.message}`;
  let previous = opening;
  for (const step of steps) {
    if (step.fromStatus !== previous.toStatus) return `step ${step.fromStatus} → ${step.toStatus} does not continue from ${previous.toStatus}`;
    if (step.createdAt <= previous.createdAt) return `step ${step.fromStatus} → ${step.toStatus} is not later than the one before`;
    const system = step.kind === 'system';
    if (system && (step.fromStatus !== CONFIRMATION_VOID.from || step.toStatus !== CONFIRMATION_VOID.to)) return `a system step ${step.fromStatus} → ${step.toStatus}`;
    const check = checkTransition(
      step.fromStatus,
      step.toStatus,
      { reason: step.reason, roles: system ? undefined : [step.actor as Role], guards: HELD_WHEN_TAKEN, record: step.record },
      table,
    );
    if (!check.ok) return `step ${step.fromStatus} → ${step.toStatus}: ${check.message}`;
    if (!system && check.rule.kind !== step.kind) return `step ${step.fromStatus} → ${step.toStatus} recorded as ${step.kind}, the table says ${check.rule.kind}`;
    previous = step;
  }
  if (current.status !== previous.toStatus) return `the case is ${current.status}, its history ends at ${previous.toStatus}`;
  if (current.statusChangedAt.getTime() !== previous.createdAt.getTime()) return 'the case changed status at another instant than its last history entry';
  return null;
}
