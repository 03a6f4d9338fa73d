import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import type { SwapPricing } from '../domain/swap-difference.js';
import { AgreementRecord } from './agreement.entity.js';

/** Database access for agreements. */
@Injectable()
export class AgreementRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get agreements() {
    return this.connection.getRepository(AgreementRecord);
  }

  findById(id: string): Promise<AgreementRecord | null> {
    return this.agreements.findOneBy({ id });
  }

  /** The agreement, its row locked until the transaction ends (signing, voiding and every payment take this lock). */
  lockById(id: string): Promise<AgreementRecord | null> {
    return this.agreements.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The case's live (not voided) agreement, if any. */
  findLiveByCase(caseId: string): Promise<AgreementRecord | null> {
    return this.agreements.findOneBy({ caseId, status: Not('voided') });
  }

  insert(row: Partial<AgreementRecord>): Promise<AgreementRecord> {
    return this.agreements.save(this.agreements.create(row));
  }

  /** Changes a locked agreement's fields (its version goes up by one). */
  async update(id: string, changes: Partial<AgreementRecord>): Promise<void> {
    await this.agreements.createQueryBuilder().update().set({ ...changes, version: () => 'version + 1' } as never).where('id = :id', { id }).execute();
  }

  /**
   * The next 签约顺序号 of a project and method. The advisory lock serialises signings of the same
   * project and method until the transaction ends; the unique index backs it.
   */
  async nextSequenceNo(projectId: string, method: string): Promise<number> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('agreement-seq:' || $1 || ':' || $2))`, [projectId, method]);
    const [row] = await this.connection.manager.query<Array<{ n: number }>>(
      'SELECT COALESCE(MAX("sequenceNo"), 0) + 1 AS n FROM agreement WHERE "projectId" = $1 AND method = $2',
      [projectId, method],
    );
    return Number(row!.n);
  }

  /**
   * Adds `deltaFen` (negative for a reversal) to a signed agreement's paid total, in the caller's
   * transaction under its row lock; the CHECK constraints refuse a total above the agreed amount.
   * False when the agreement is not signed.
   */
  async addPaid(id: string, deltaFen: bigint): Promise<boolean> {
    const rows = await this.connection.manager.query<Array<{ id: string }>>(
      `WITH changed AS (
         UPDATE agreement SET "paidFen" = "paidFen" + $2::bigint, version = version + 1, "updatedAt" = clock_timestamp()
          WHERE id = $1 AND status = 'signed' RETURNING id)
       SELECT id FROM changed`,
      [id, deltaFen.toString()],
    );
    return rows.length > 0;
  }

  /** What an agreement's 差价 is priced by: its scheme version's swap pricing and the recognised persons its calculation counted. */
  async swapBasis(id: string): Promise<{ pricing: SwapPricing | null; recognisedPersons: number } | null> {
    const [row] = await this.connection.manager.query<Array<{ pricing: SwapPricing | null; persons: number | null }>>(
      `SELECT v."swapPricing" AS pricing, (c.facts->>'recognisedPersons')::int AS persons
         FROM agreement a JOIN calculation c ON c.id = a."calculationId" JOIN scheme_version v ON v.id = c."schemeVersionId"
        WHERE a.id = $1`,
      [id],
    );
    return row ? { pricing: row.pricing, recognisedPersons: Number(row.persons ?? 0) } : null;
  }
}
