import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { AnnualTarget, TargetProgressEntry } from './target.entity.js';

export interface BaseRef {
  id: string;
  code: string;
  name: string;
}

/** Database access for annual targets and their manual progress entries. */
@Injectable()
export class TargetRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get targets() {
    return this.connection.getRepository(AnnualTarget);
  }

  private get entries() {
    return this.connection.getRepository(TargetProgressEntry);
  }

  /** A year's targets in their order. */
  listYear(year: number): Promise<AnnualTarget[]> {
    return this.targets.find({ where: { year }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  findById(id: string): Promise<AnnualTarget | null> {
    return this.targets.findOne({ where: { id } });
  }

  findForUpdate(id: string): Promise<AnnualTarget | null> {
    return this.targets.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(row: Partial<AnnualTarget>): Promise<AnnualTarget> {
    return this.targets.save(this.targets.create(row));
  }

  /** Applies `changes` at `version`; false when the row moved on (stale). */
  async update(
    id: string,
    version: number,
    changes: Partial<Pick<AnnualTarget, 'name' | 'targetValue' | 'unit' | 'projectIds' | 'baseIds' | 'position'>>,
  ): Promise<boolean> {
    const result = await this.targets
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  insertEntry(row: Partial<TargetProgressEntry>): Promise<TargetProgressEntry> {
    return this.entries.save(this.entries.create(row));
  }

  /** The entries of the targets given, newest first. */
  entriesOf(targetIds: string[]): Promise<TargetProgressEntry[]> {
    if (!targetIds.length) return Promise.resolve([]);
    return this.entries
      .createQueryBuilder('e')
      .where('e.targetId IN (:...targetIds)', { targetIds })
      .orderBy('e.enteredOn', 'DESC')
      .addOrderBy('e.createdAt', 'DESC')
      .getMany();
  }

  /** The sum of each target's entries (decimal text), by target id. */
  async entrySums(targetIds: string[]): Promise<Map<string, string>> {
    if (!targetIds.length) return new Map();
    const rows = await this.connection.manager.query<Array<{ targetId: string; total: string }>>(
      `SELECT "targetId", sum(value)::text AS total FROM target_progress_entry WHERE "targetId" = ANY($1::uuid[]) GROUP BY "targetId"`,
      [targetIds],
    );
    return new Map(rows.map((r) => [r.targetId, r.total]));
  }

  /** Resettlement bases by code (the bases are the resettlement library's; read only). */
  basesByCodes(codes: string[]): Promise<BaseRef[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.connection.manager.query<BaseRef[]>(
      `SELECT id, code, name FROM resettlement_base WHERE code = ANY($1::text[]) ORDER BY code`,
      [codes],
    );
  }

  basesByIds(ids: string[]): Promise<BaseRef[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.connection.manager.query<BaseRef[]>(
      `SELECT id, code, name FROM resettlement_base WHERE id = ANY($1::uuid[]) ORDER BY code`,
      [ids],
    );
  }

  /** The time node of that name (the demo's milestone targets name theirs), or null. */
  async milestoneIdByName(name: string): Promise<string | null> {
    const rows = await this.connection.manager.query<Array<{ id: string }>>(`SELECT id FROM milestone WHERE name = $1 ORDER BY "createdAt" LIMIT 1`, [name]);
    return rows[0]?.id ?? null;
  }

  /** Whether a target with this id exists (attachments' owner check). */
  async exists(id: string): Promise<boolean> {
    const rows = await this.connection.manager.query<unknown[]>(`SELECT 1 FROM annual_target WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
