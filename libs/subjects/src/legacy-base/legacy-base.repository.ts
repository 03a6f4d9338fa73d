import { Injectable } from '@nestjs/common';
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
  /** A fragment of the name or of the original project (or a code prefix). */
  protected textColumnsFor(): string[] {
    return ['s.name', 's.originalProject'];
  }
}
