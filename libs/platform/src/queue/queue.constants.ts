/** The one BullMQ queue; job classes are told apart by the job name. */
export const JOBS_QUEUE = 'jobs';
