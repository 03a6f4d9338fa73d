import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { JobRecord } from './job-record.entity.js';

/** A job record without its payload and result (which carry ids and outcomes, not for display). */
export type JobRecordSummary = Omit<JobRecord, 'payload' | 'result'>;

/** TypeORM answers `UPDATE … RETURNING` with `[rows, affected]`; plain SELECTs with rows. */
function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** Database access for job records. */
@Injectable()
export class JobRecordRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(JobRecord);
  }

  findById(id: string): Promise<JobRecord | null> {
    return this.repo.findOneBy({ id });
  }

  /** The record of a scheduled job's tick (created pending on its first delivery, keyed by the tick's message id). */
  async recordTick(name: string, messageId: string): Promise<string> {
    const hex = createHash('sha256').update(`${name}\u0000${messageId}`).digest('hex');
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    await this.connection.manager.query(
      `INSERT INTO job_record (id, name, payload, status, "maxAttempts") VALUES ($1, $2, '{}'::jsonb, 'pending', 3) ON CONFLICT (id) DO NOTHING`,
      [id, name],
    );
    return id;
  }

  /** Claims a delivery: counts the attempt and starts the heartbeat. */
  async markRunning(id: string): Promise<JobRecord | null> {
    const result: unknown = await this.connection.manager.query(
      `UPDATE job_record SET status = 'running', attempts = attempts + 1, "heartbeatAt" = now(), "updatedAt" = now()
        WHERE id = $1 AND status IN ('pending', 'running') RETURNING id, name, payload, attempts, "maxAttempts"`,
      [id],
    );
    return returnedRows<JobRecord>(result)[0] ?? null;
  }

  async heartbeat(id: string): Promise<void> {
    await this.connection.manager.query(`UPDATE job_record SET "heartbeatAt" = now() WHERE id = $1`, [id]);
  }

  async markSucceeded(id: string, result: unknown): Promise<void> {
    await this.repo.update({ id }, { status: 'succeeded', result: (result ?? null) as never, finishedAt: new Date(), lastError: null });
  }

  /** Records a failed attempt; `final` ends the job, otherwise it waits for BullMQ's retry. */
  async markAttemptFailed(id: string, error: string, final: boolean): Promise<void> {
    await this.repo.update({ id }, { status: final ? 'failed' : 'pending', lastError: error.slice(0, 4000), ...(final ? { finishedAt: new Date() } : {}) });
  }

  /**
   * Open jobs nobody has touched for `seconds`: committed but never published (or the message was lost),
   * or running on a worker whose heartbeat stopped. Claims them by bumping updatedAt, so two sweepers
   * do not both pick the same rows.
   */
  async claimStale(seconds: number, limit = 100): Promise<JobRecord[]> {
    const result: unknown = await this.connection.manager.query(
      `UPDATE job_record SET "updatedAt" = now()
        WHERE id IN (
          SELECT id FROM job_record
           WHERE (status = 'pending' AND "updatedAt" < now() - make_interval(secs => $1))
              OR (status = 'running' AND coalesce("heartbeatAt", "updatedAt") < now() - make_interval(secs => $1 * 2))
           ORDER BY "createdAt" LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id, name, status, "maxAttempts"`,
      [seconds, limit],
    );
    return returnedRows<JobRecord>(result);
  }

  /** The most recently created jobs, newest first, without payload or result (for the admin's queue page). */
  recent(limit: number): Promise<JobRecordSummary[]> {
    return this.repo.find({
      select: { id: true, name: true, status: true, attempts: true, maxAttempts: true, lastError: true, heartbeatAt: true, finishedAt: true, createdAt: true, updatedAt: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** Gives a job abandoned mid-run back to the queue as pending. */
  async reopen(id: string): Promise<void> {
    await this.repo.update({ id, status: 'running' }, { status: 'pending' });
  }
}
