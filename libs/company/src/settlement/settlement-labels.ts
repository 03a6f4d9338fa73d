import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel } from '@app/subjects';
import type { CaseLabel } from './settlement.view.js';

/** Who each case is with (kind, code, party), from the subjects library's label view, in one query. */
@Injectable()
export class SettlementLabels {
  constructor(private readonly connection: TransactionalConnection) {}

  async ofCases(caseIds: readonly string[]): Promise<Map<string, CaseLabel>> {
    const unique = [...new Set(caseIds)];
    if (!unique.length) return new Map();
    const rows = await this.connection.manager.query<Array<{ caseId: string; subjectType: string; code: string; party: string }>>(
      `SELECT c.id AS "caseId", s."subjectType", s.code, s.party FROM case_file c ${joinSubjectLabel('s', 'c')} WHERE c.id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.caseId, { subjectType: r.subjectType, subjectCode: r.code, party: r.party }]));
  }
}
