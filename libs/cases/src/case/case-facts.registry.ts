import { Injectable } from '@nestjs/common';
import type { SubjectType } from '../domain/case-lifecycle.js';

/** Tells which required survey facts of a subject are still missing (Chinese field names). */
export type SurveyFactsCheck = (subjectId: string) => Promise<string[]>;

/**
 * The subjects library registers here how to check each kind's survey facts, so the lifecycle
 * guards can use them without the cases library depending on subjects.
 */
@Injectable()
export class CaseFactsRegistry {
  private readonly checks = new Map<SubjectType, SurveyFactsCheck>();

  register(subjectType: SubjectType, check: SurveyFactsCheck): void {
    this.checks.set(subjectType, check);
  }

  async missingSurveyFacts(subjectType: SubjectType, subjectId: string): Promise<string[]> {
    const check = this.checks.get(subjectType);
    return check ? check(subjectId) : [];
  }
}
