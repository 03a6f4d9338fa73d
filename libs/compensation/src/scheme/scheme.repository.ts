import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { SchemeVersionRecord } from './scheme-version.entity.js';

/** Database access for scheme versions. */
@Injectable()
export class SchemeRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get versions() {
    return this.connection.getRepository(SchemeVersionRecord);
  }

  listByProject(projectId: string): Promise<SchemeVersionRecord[]> {
    return this.versions.find({ where: { projectId }, order: { number: 'DESC' } });
  }

  findById(id: string): Promise<SchemeVersionRecord | null> {
    return this.versions.findOneBy({ id });
  }

  findPublished(projectId: string): Promise<SchemeVersionRecord | null> {
    return this.versions.findOneBy({ projectId, status: 'published' });
  }

  /** Serialises the version changes of one project (numbering, publishing) until the transaction ends. */
  async lockProject(projectId: string): Promise<void> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('scheme:' || $1))`, [projectId]);
  }

  async nextNumber(projectId: string): Promise<number> {
    const [row] = await this.connection.manager.query<Array<{ n: number }>>(
      'SELECT COALESCE(MAX(number), 0) + 1 AS n FROM scheme_version WHERE "projectId" = $1',
      [projectId],
    );
    return Number(row!.n);
  }

  insert(row: Partial<SchemeVersionRecord>): Promise<SchemeVersionRecord> {
    return this.versions.save(this.versions.create(row));
  }

  /** Changes a draft at the version read; false when it is no longer that version or no longer a draft. */
  async updateDraft(id: string, version: number, changes: Partial<Pick<SchemeVersionRecord, 'name' | 'effectiveOn' | 'items' | 'swapPricing' | 'transitionalFee'>>): Promise<boolean> {
    const result = await this.versions
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where(`id = :id AND version = :version AND status = 'draft'`, { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Publishes a draft, superseding the project's published version, in two statements of the caller's transaction. */
  async publish(projectId: string, id: string, actor: string): Promise<void> {
    await this.versions.update({ projectId, status: 'published' }, { status: 'superseded' });
    await this.versions
      .createQueryBuilder()
      .update()
      .set({ status: 'published', publishedAt: () => 'clock_timestamp()', publishedBy: actor, version: () => 'version + 1' } as never)
      .where('id = :id', { id })
      .execute();
  }
}
