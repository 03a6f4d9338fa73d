import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { SubjectRepository } from '../shared/subject.repository.js';
import { LegacyBase } from './legacy-base.entity.js';

/** Database access for legacy bases. */
@Injectable()
export class LegacyBaseRepository extends SubjectRepository<LegacyBase> {
  constructor(connection: TransactionalConnection) {
    super(connection, LegacyBase, 'legacy_base', { code: 's.code', name: 's.name', updatedAt: 's.updatedAt' });
  }

  /** Text matches a code prefix, part of the name or part of the original project. */
  protected applySearch(qb: SelectQueryBuilder<LegacyBase>, q: string): void {
    this.matchCodeOrText(qb, q, ['s.name', 's.originalProject']);
  }
}
