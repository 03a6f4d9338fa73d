import { SetMetadata } from '@nestjs/common';

/**
 * A kind of background work. Subclass it once per job (`class HouseholdImportJob extends Job<{ batchId: string }> {}`);
 * the class name is the job's name on the queue. Payloads carry ids only — never personal data.
 */
export abstract class Job<TPayload extends Record<string, unknown> = Record<string, unknown>> {
  declare readonly payload: TPayload;
}

export type JobClass<P extends Record<string, unknown> = Record<string, unknown>> = abstract new () => Job<P>;
export type PayloadOf<J> = J extends Job<infer P> ? P : never;

/** What a handler gets besides the payload. */
export interface JobContext {
  /** The durable record of this job in PostgreSQL. */
  recordId: string;
  /** 1 on the first delivery, more on retries and redeliveries. */
  attempt: number;
  /** Reports progress (0–100) to the queue and keeps the record's heartbeat fresh. */
  progress(percent: number): Promise<void>;
}

/** Implemented by the one handler of a job. Must be idempotent: delivery is at least once. */
export interface JobHandler<J extends Job> {
  handle(payload: PayloadOf<J>, context: JobContext): Promise<unknown>;
  /**
   * Called once when the job's last attempt has failed (no retry follows), so the handler can close
   * its own records — e.g. mark its batch `failed` with a Chinese message instead of leaving it `running`.
   */
  onFinalFailure?(payload: PayloadOf<J>, error: unknown): Promise<void>;
}

export const JOB_HANDLER_METADATA = 'xujing:job-handler';

/** Marks a provider as the handler of `job`. */
export const HandlesJob = (job: JobClass<any>) => SetMetadata(JOB_HANDLER_METADATA, job);

const declared = new Map<string, JobClass<any>>();

/** Declares job classes; call from the module file of the library that owns them. */
export function declareJobs(...jobs: Array<JobClass<any>>): void {
  for (const job of jobs) {
    const existing = declared.get(job.name);
    if (existing && existing !== job) throw new Error(`两个任务类同名: ${job.name}`);
    declared.set(job.name, job);
  }
}

/** Every job class declared so far. */
export function declaredJobs(): Array<JobClass<any>> {
  return [...declared.values()];
}
