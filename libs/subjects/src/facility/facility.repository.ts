import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { SubjectRepository, type SubjectPageQuery } from '../shared/subject.repository.js';
import { MunicipalFacility } from './facility.entity.js';

export type FacilityPageQuery = SubjectPageQuery & { kind?: string };

/** Database access for municipal facilities. */
@Injectable()
export class FacilityRepository extends SubjectRepository<MunicipalFacility> {
  constructor(connection: TransactionalConnection) {
    super(connection, MunicipalFacility, 'facility', { code: 's.code', kind: 's.kind', ownerUnit: 's.ownerUnit', updatedAt: 's.updatedAt' });
  }

  /** Text matches a code prefix or part of the owner unit's name. */
  /** A fragment of the owner unit (or a code prefix). */
  protected textColumnsFor(): string[] {
    return ['s.ownerUnit'];
  }

  protected override applyFilters(qb: SelectQueryBuilder<MunicipalFacility>, query: FacilityPageQuery): void {
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
  }
}
