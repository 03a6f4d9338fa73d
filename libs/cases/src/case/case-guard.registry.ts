import { Injectable } from '@nestjs/common';
import type { GuardAnswers, SubjectType, TransitionGuard } from '../domain/case-lifecycle.js';

/** The case (or the case about to be opened) a guard is asked about. */
export interface GuardedCase {
  subjectType: SubjectType;
  subjectId: string;
  projectId: string;
  parcelId: string;
}

/** Answers whether a guard holds for a case: null when it does, otherwise why not (Chinese). */
export type GuardCheck = (caseFile: GuardedCase) => Promise<string | null>;

/**
 * The libraries that own a step's preconditions register their checks here (the subjects library
 * the survey facts, the cases library the parcel's handover; agreements, confirmation batches,
 * statements and handovers next), so the cases library depends on none of them. A guard nobody
 * registered is left out of the answers, and the lifecycle check then refuses the step.
 */
@Injectable()
export class CaseGuardRegistry {
  private readonly checks = new Map<TransitionGuard, GuardCheck>();

  /** Registers the check of `guard`; a later registration replaces it (tests stand in for an owner this way). */
  register(guard: TransitionGuard, check: GuardCheck): void {
    this.checks.set(guard, check);
  }

  /** The answers of the registered checks of `guards` for `caseFile`. */
  async answer(guards: readonly TransitionGuard[], caseFile: GuardedCase): Promise<GuardAnswers> {
    const answers: GuardAnswers = {};
    for (const guard of guards) {
      const check = this.checks.get(guard);
      if (check) answers[guard] = await check(caseFile);
    }
    return answers;
  }
}
