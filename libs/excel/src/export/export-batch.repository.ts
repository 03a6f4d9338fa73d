import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { ExportBatch } from './export-batch.entity.js';

/** Export batches: the durable state of each requested export. */
@Injectable()
export class ExportBatchRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(ExportBatch);
  }

  insert(batch: Partial<ExportBatch>): Promise<ExportBatch> {
    return this.repo.save(this.repo.create(batch));
  }

  findById(id: string): Promise<ExportBatch | null> {
    return this.repo.findOneBy({ id });
  }

  /** A user's exports, newest first. */
  listByUser(userId: string, limit = 50): Promise<ExportBatch[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** Ends an export that is still queued or running as `failed` with `message`; a finished one is left alone. */
  async failIfOpen(id: string, message: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', message, finishedAt: () => 'now()' })
      .where('id = :id AND status IN (:...open)', { id, open: ['queued', 'running'] })
      .execute();
  }

  async update(id: string, changes: QueryDeepPartialEntity<ExportBatch>): Promise<void> {
    await this.repo.update({ id }, changes);
  }
}
