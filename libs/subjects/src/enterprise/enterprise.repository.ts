import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { looksLikeCreditCode, normalizeCreditCode } from '../domain/credit-code.js';
import { SubjectRepository } from '../shared/subject.repository.js';
import { Enterprise } from './enterprise.entity.js';

/** Database access for enterprises. */
@Injectable()
export class EnterpriseRepository extends SubjectRepository<Enterprise> {
  constructor(connection: TransactionalConnection) {
    super(connection, Enterprise, 'enterprise', { code: 's.code', name: 's.name', updatedAt: 's.updatedAt' });
  }

  /** A credit code finds its enterprise exactly; other text matches a code prefix or part of the name. */
  /** A fragment of the name (or a code prefix); not for a credit code, which `applySearch` finds exactly. */
  protected textColumnsFor(q: string): string[] | null {
    return looksLikeCreditCode(q) ? null : ['s.name'];
  }

  protected override applySearch(qb: SelectQueryBuilder<Enterprise>, q: string): void {
    if (looksLikeCreditCode(q)) {
      qb.andWhere('s.creditCode = :creditCode', { creditCode: normalizeCreditCode(q) });
      return;
    }
    super.applySearch(qb, q);
  }
}
