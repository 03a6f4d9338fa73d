import type { ExecutionContext } from '@nestjs/common';

/**
 * Told by the access guard when it refuses a signed-in user (403: the role, or a password that must
 * be changed first), so the attempt is recorded; the audit library provides it. The guard has no
 * dependency on the audit trail, and works without one.
 */
export interface AccessDeniedRecorder {
  record(context: ExecutionContext, message: string): Promise<void>;
}

export const ACCESS_DENIED_RECORDER = Symbol('ACCESS_DENIED_RECORDER');
