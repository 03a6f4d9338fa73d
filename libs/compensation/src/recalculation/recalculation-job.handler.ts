import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobContext, type JobHandler } from '@app/platform';
import { SubjectFactsReader } from '../calculation/subject-facts.reader.js';
import { SchemeService } from '../scheme/scheme.service.js';
import { previewRow } from './preview-row.js';
import { RecalculationRepository } from './recalculation.repository.js';
import { RecalculationJob } from './recalculation.job.js';

/** Cases per chunk: read, recalculated and stored together, then the progress is recorded. */
export const RECALCULATION_CHUNK = 500;

/** Why a preview whose every attempt failed has no rows. */
export const RECALCULATION_FAILED = '重新测算失败：多次重试后仍出错（数据库或系统故障），请稍后重新发起或联系管理员';

/**
 * Fills a recalculation preview: for every case of the project before `signed` with a calculation,
 * the new calculation under the run's version and its diff against the latest snapshot, stored in
 * chunks with the progress. Idempotent: a redelivered job clears the run's rows and starts over.
 *
 * The chunks are pipelined: while one chunk is calculated here, the next one is read and the previous
 * one stored by PostgreSQL (at most one read and one write in flight, each on its own connection).
 */
@Injectable()
@HandlesJob(RecalculationJob)
export class RecalculationJobHandler implements JobHandler<RecalculationJob> {
  private readonly logger = new Logger(RecalculationJobHandler.name);

  constructor(
    private readonly runs: RecalculationRepository,
    private readonly subjects: SubjectFactsReader,
    private readonly schemes: SchemeService,
  ) {}

  async handle(payload: { runId: string }, ctx: JobContext): Promise<{ cases: number } | null> {
    const run = await this.runs.findRun(payload.runId);
    if (!run || run.status === 'succeeded' || run.status === 'failed') return null;
    await this.runs.updateRun(run.id, { status: 'running', startedAt: new Date(), processed: 0, message: null });
    await this.runs.clearRows(run.id);
    const { scheme } = await this.schemes.validated(run.schemeVersionId);
    const total = await this.runs.countCandidates(run.projectId);
    await this.runs.updateRun(run.id, { total });
    let processed = 0;
    let reading = this.chunkAfter(run.projectId, null);
    let writing: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const { chunk, facts } = await reading;
        if (!chunk.length) break;
        const full = chunk.length === RECALCULATION_CHUNK; // a full chunk may have more after it
        reading = full ? this.chunkAfter(run.projectId, chunk[chunk.length - 1]!.caseId) : Promise.resolve({ chunk: [], facts: new Map() });
        quiet(reading);
        const rows = chunk.map((old) => ({ runId: run.id, ...previewRow(scheme, old, facts.get(old.subjectId)!) }));
        await writing;
        const stored = processed + chunk.length;
        writing = this.runs
          .insertRows(rows)
          .then(() => this.runs.updateRun(run.id, { processed: stored }))
          .then(() => ctx.progress(total ? Math.min(99, (stored / total) * 100) : 99));
        quiet(writing);
        processed = stored;
        if (!full) break;
      }
      await writing;
    } catch (error) {
      await writing.catch(() => undefined); // no write of this attempt outlives it
      throw error;
    }
    await this.runs.updateRun(run.id, { status: 'succeeded', total: processed, processed, finishedAt: new Date() });
    this.logger.log(`recalculation ${run.id}: ${processed} cases`);
    return { cases: processed };
  }

  async onFinalFailure(payload: { runId: string }): Promise<void> {
    await this.runs.failIfOpen(payload.runId, RECALCULATION_FAILED);
  }

  /** The next chunk of candidates after case `after`, with their subjects' facts now. */
  private async chunkAfter(projectId: string, after: string | null) {
    const chunk = await this.runs.candidates(projectId, after, RECALCULATION_CHUNK);
    return { chunk, facts: await this.subjects.readMany(chunk) };
  }
}

/** A promise awaited later: its rejection is handled there, not reported as unhandled meanwhile. */
function quiet(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}
