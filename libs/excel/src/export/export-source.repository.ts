import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { CaseFile, type CaseStatus } from '@app/cases';
import { Project } from '@app/land';
import { decryptField, TransactionalConnection } from '@app/platform';
import { Household, idNumberHash, looksLikeIdNumber, normalizeIdNumber } from '@app/subjects';
import type { CaseProgressRow } from './domain/case-progress.js';
import type { ExportFilters } from './domain/export-kinds.js';
import type { HouseholdLedgerRow } from './domain/household-ledger.js';

/** Where the previous batch ended: the ledger walks the (projectId, code) unique index in order. */
export interface LedgerCursor {
  projectId: string;
  code: string;
}

type RawHousehold = Omit<HouseholdLedgerRow, 'headIdNumber' | 'phone'> & { headIdNumberEncrypted: string; phoneEncrypted: string | null };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** Reads what exports write: households for the ledger, case counts per project, the requester's access. */
@Injectable()
export class ExportSourceRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private households(filters: ExportFilters, scope: string[] | null): SelectQueryBuilder<Household> {
    const qb = this.connection.getRepository(Household).createQueryBuilder('s');
    qb.leftJoin(CaseFile, 'c', `c."subjectType" = 'household' AND c."subjectId" = s.id`);
    if (scope) qb.andWhere(scope.length ? 's.projectId IN (:...scope)' : 'FALSE', { scope });
    if (filters.project) qb.andWhere('s.projectId = (SELECT fp.id FROM project fp WHERE fp.code = :project)', { project: filters.project });
    if (filters.parcel) qb.andWhere('s.parcelId IN (SELECT fpc.id FROM parcel fpc WHERE fpc.code = :parcel)', { parcel: filters.parcel });
    if (filters.village) qb.andWhere('s.village = :village', { village: filters.village });
    if (filters.status) qb.andWhere('c.status = :status', { status: filters.status });
    const q = filters.q?.trim();
    const personal = filters.personalNumber;
    if (personal?.field === 'idNumber') {
      qb.andWhere('(s.headIdNumberHash = :idHash OR s.id IN (SELECT sm."householdId" FROM household_member sm WHERE sm."idNumberHash" = :idHash))', { idHash: personal.hash });
    } else if (personal?.field === 'phone') qb.andWhere('s.phoneHash = :phoneHash', { phoneHash: personal.hash });
    // Exports requested before personal numbers were kept as hashes carry the number itself.
    else if (q && looksLikeIdNumber(q)) qb.andWhere('s.headIdNumberHash = :idHash', { idHash: idNumberHash(normalizeIdNumber(q)) });
    else if (q) qb.andWhere('(s.code ILIKE :codePrefix OR s.headName ILIKE :namePart)', { codePrefix: `${escapeLike(q)}%`, namePart: `%${escapeLike(q)}%` });
    return qb;
  }

  /** Runs `work` on one snapshot of the database; see `TransactionalConnection.readSnapshot`. */
  snapshot<T>(work: (read: <R>(query: () => Promise<R>) => Promise<R>) => Promise<T>): Promise<T> {
    return this.connection.readSnapshot(work);
  }

  /** How many households the ledger will hold. */
  countHouseholds(filters: ExportFilters, scope: string[] | null): Promise<number> {
    return this.households(filters, scope).getCount();
  }

  /** The next `limit` ledger rows after `after`, in (project, household code) order; 身份证号 and phone decrypted. */
  async householdBatch(filters: ExportFilters, scope: string[] | null, after: LedgerCursor | null, limit: number): Promise<HouseholdLedgerRow[]> {
    const qb = this.households(filters, scope)
      .innerJoin('s.project', 'p')
      .innerJoin('s.parcel', 'pc')
      .select([
        's.id AS id',
        's.projectId AS "projectId"',
        's.code AS code',
        'p.code AS "projectCode"',
        'pc.code AS "parcelCode"',
        's.village AS village',
        's.group AS "group"',
        's.headName AS "headName"',
        's.headIdNumber AS "headIdNumberEncrypted"',
        's.phone AS "phoneEncrypted"',
        's.registeredPersons AS "registeredPersons"',
        's.homesteadArea AS "homesteadArea"',
        's.licensedArea AS "licensedArea"',
        's.unlicensedArea AS "unlicensedArea"',
        's.structure AS structure',
        's.yearBuilt AS "yearBuilt"',
        's.surveyedOn AS "surveyedOn"',
        's.remarks AS remarks',
        'c.status AS "caseStatus"',
        'c.resettlementStatus AS "resettlementStatus"',
      ])
      .orderBy('s.projectId', 'ASC')
      .addOrderBy('s.code', 'ASC')
      .limit(limit);
    if (after) qb.andWhere('(s.projectId, s.code) > (:afterProject, :afterCode)', { afterProject: after.projectId, afterCode: after.code });
    const raw = await qb.getRawMany<RawHousehold>();
    // Written out rather than spread: a page is thousands of rows, and spreading copies every field twice.
    return raw.map((r) => ({
      id: r.id,
      projectId: r.projectId,
      code: r.code,
      projectCode: r.projectCode,
      parcelCode: r.parcelCode,
      village: r.village,
      group: r.group,
      headName: r.headName,
      headIdNumber: decryptField(r.headIdNumberEncrypted),
      phone: r.phoneEncrypted === null ? null : decryptField(r.phoneEncrypted),
      registeredPersons: r.registeredPersons,
      homesteadArea: r.homesteadArea,
      licensedArea: r.licensedArea,
      unlicensedArea: r.unlicensedArea,
      structure: r.structure,
      yearBuilt: r.yearBuilt,
      surveyedOn: r.surveyedOn,
      caseStatus: r.caseStatus,
      resettlementStatus: r.resettlementStatus,
      remarks: r.remarks,
    }));
  }

  /** Case counts by status for every project in scope (projects without cases included), by project code. */
  async caseProgress(filters: ExportFilters, scope: string[] | null): Promise<CaseProgressRow[]> {
    const qb = this.connection
      .getRepository(Project)
      .createQueryBuilder('p')
      .leftJoin(CaseFile, 'c', filters.parcel ? 'c.projectId = p.id AND c.parcelId IN (SELECT fpc.id FROM parcel fpc WHERE fpc.code = :parcel)' : 'c.projectId = p.id', {
        parcel: filters.parcel,
      })
      .select(['p.code AS "projectCode"', 'p.name AS "projectName"', 'c.status AS status', 'COUNT(c.id)::int AS n'])
      .groupBy('p.code')
      .addGroupBy('p.name')
      .addGroupBy('c.status')
      .orderBy('p.code', 'ASC');
    if (scope) qb.andWhere(scope.length ? 'p.id IN (:...scope)' : 'FALSE', { scope });
    if (filters.project) qb.andWhere('p.code = :project', { project: filters.project });
    const raw = await qb.getRawMany<{ projectCode: string; projectName: string; status: CaseStatus | null; n: number }>();
    const rows = new Map<string, CaseProgressRow>();
    for (const r of raw) {
      const row = rows.get(r.projectCode) ?? { projectCode: r.projectCode, projectName: r.projectName, counts: {} };
      if (r.status) row.counts[r.status] = r.n;
      rows.set(r.projectCode, row);
    }
    return [...rows.values()];
  }
}
