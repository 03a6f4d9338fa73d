/** The one BullMQ queue; job classes are told apart by the job name. */
export const JOBS_QUEUE = 'jobs';

/** Injection token of the chosen transport (`QueueConnection`: driver and BullMQ options). */
export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');
