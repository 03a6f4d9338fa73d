import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { SUBJECT_LABEL_VIEW } from '@app/subjects';
import { ChoosingEntry, ChoosingRound } from './choosing.entity.js';

/** A household that may take part in a round: a signed swap agreement, no resettlement flat allocated yet (a unit only reserved for it still lets it choose), not waiting in another round. */
export interface Participant {
  caseId: string;
  projectId: string;
  agreementId: string;
  caseRef: string;
  sequenceNo: number;
  entitlementArea: string;
}

/** An entry with its household's name and project code, as the round page shows it. */
export interface EntryRow extends ChoosingEntry {
  party: string;
  projectCode: string;
  transitionMethod: string | null;
}

/** Database access for 选房 rounds and their entries. */
@Injectable()
export class ChoosingRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get rounds() {
    return this.connection.getRepository(ChoosingRound);
  }

  private get entries() {
    return this.connection.getRepository(ChoosingEntry);
  }

  /** The households of the projects that may choose now (see `Participant`). */
  async participants(projectIds: readonly string[]): Promise<Participant[]> {
    const rows = await this.connection.manager.query<Participant[]>(
      `SELECT a."caseId", a."projectId", a.id AS "agreementId", s.code AS "caseRef", a."sequenceNo", COALESCE(a."entitlementArea", 0)::text AS "entitlementArea"
         FROM agreement a
         JOIN case_file c ON c.id = a."caseId"
         JOIN ${SUBJECT_LABEL_VIEW} s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
        WHERE a."projectId" = ANY($1::uuid[]) AND a.method = 'swap' AND a.status = 'signed' AND a."sequenceNo" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM unit_allocation x WHERE x."caseId" = a."caseId" AND x.purpose = 'resettlement' AND x.status IN ('allocated', 'delivered'))
          AND NOT EXISTS (SELECT 1 FROM choosing_entry e JOIN choosing_round r ON r.id = e."roundId"
                           WHERE e."caseId" = a."caseId" AND r.status = 'published' AND e."doneAt" IS NULL)`,
      [projectIds],
    );
    return rows.map((r) => ({ ...r, sequenceNo: Number(r.sequenceNo) }));
  }

  /** The next round number of the year, `XF-2026-001`; the advisory lock serialises publications. */
  async nextNumber(year: number): Promise<string> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('choosing-round-number'))`);
    const prefix = `XF-${year}-`;
    const [row] = await this.connection.manager.query<Array<{ n: number }>>(
      `SELECT COALESCE(MAX(substring(number FROM ${prefix.length + 1})::int), 0) + 1 AS n FROM choosing_round WHERE number LIKE $1`,
      [`${prefix}%`],
    );
    return `${prefix}${String(row!.n).padStart(3, '0')}`;
  }

  insertRound(row: Omit<ChoosingRound, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'base'>): Promise<ChoosingRound> {
    return this.rounds.save(this.rounds.create(row));
  }

  async insertEntries(rows: Array<Omit<ChoosingEntry, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'round'>>): Promise<void> {
    if (rows.length) await this.entries.insert(rows.map((r) => ({ ...r, version: 1 })));
  }

  findRound(id: string): Promise<ChoosingRound | null> {
    return this.rounds.findOne({ where: { id }, relations: { base: true } });
  }

  lockRound(id: string): Promise<ChoosingRound | null> {
    return this.rounds.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateRound(id: string, changes: Partial<ChoosingRound>): Promise<void> {
    await this.rounds
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id', { id })
      .execute();
  }

  /** Rounds touching any of `projectIds` (all when null), newest first. */
  listRounds(projectIds: readonly string[] | null): Promise<ChoosingRound[]> {
    const query = this.rounds.createQueryBuilder('r').leftJoinAndSelect('r.base', 'base').orderBy('r."publishedAt"', 'DESC');
    if (projectIds) query.where('r."projectIds" && :ids::uuid[]', { ids: projectIds });
    return query.getMany();
  }

  /** A round's entries in order with the households' names and project codes. */
  async entriesOf(roundId: string): Promise<EntryRow[]> {
    const rows = await this.connection.manager.query<EntryRow[]>(
      `SELECT e.*, s.party, p.code AS "projectCode", a."transitionMethod"
         FROM choosing_entry e
         JOIN case_file c ON c.id = e."caseId"
         JOIN ${SUBJECT_LABEL_VIEW} s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
         JOIN project p ON p.id = e."projectId"
         JOIN agreement a ON a.id = e."agreementId"
        WHERE e."roundId" = $1 ORDER BY e.position`,
      [roundId],
    );
    return rows.map((r) => ({ ...r, position: Number(r.position), sequenceNo: Number(r.sequenceNo), version: Number(r.version) }));
  }

  /** The case's entry in a published round it has not finished, if any. */
  openEntryOfCase(caseId: string): Promise<ChoosingEntry | null> {
    return this.entries
      .createQueryBuilder('e')
      .innerJoin(ChoosingRound, 'r', 'r.id = e."roundId"')
      .where('e."caseId" = :caseId AND e."doneAt" IS NULL AND r.status = :published', { caseId, published: 'published' })
      .getOne();
  }

  findEntry(roundId: string, caseId: string): Promise<ChoosingEntry | null> {
    return this.entries.findOneBy({ roundId, caseId });
  }

  async setDone(entryId: string, doneAt: Date | null): Promise<void> {
    await this.entries
      .createQueryBuilder()
      .update()
      .set({ doneAt, version: () => 'version + 1' } as never)
      .where('id = :id', { id: entryId })
      .execute();
  }
}
