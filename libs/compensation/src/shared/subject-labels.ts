import { Injectable } from '@nestjs/common';
import type { SubjectType } from '@app/cases';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel } from '@app/subjects';

/** Who a case's money is with: its subject's kind, code and party (户主, enterprise, owning unit, base). */
export interface SubjectLabel {
  subjectType: SubjectType;
  subjectCode: string;
  party: string;
}

/** Subject labels for answers, by case id, from the subjects library's `subject_label` view (one query for any number of cases). */
@Injectable()
export class SubjectLabels {
  constructor(private readonly connection: TransactionalConnection) {}

  async ofCases(caseIds: readonly string[]): Promise<Map<string, SubjectLabel>> {
    const unique = [...new Set(caseIds)];
    if (!unique.length) return new Map();
    const rows = await this.connection.manager.query<Array<{ caseId: string; subjectType: SubjectType; code: string; party: string }>>(
      `SELECT c.id AS "caseId", s."subjectType", s.code, s.party FROM case_file c ${joinSubjectLabel('s', 'c')} WHERE c.id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.caseId, { subjectType: r.subjectType, subjectCode: r.code, party: r.party }]));
  }
}
