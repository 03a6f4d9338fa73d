import type { TransactionalConnection } from '@app/platform';
import { CASE_TRANSITIONS, type TransitionRule } from '../domain/case-lifecycle.js';
import { CaseGuardRegistry } from './case-guard.registry.js';
import { CaseRepository } from './case.repository.js';
import { CaseService } from './case.service.js';

/**
 * CaseService outside Nest (scripts, tests): the same service wired by hand on `connection`. No
 * library registers a guard here, so every guarded step refuses (fail closed). `table` is for tests.
 */
export function caseServiceOn(connection: TransactionalConnection, table: readonly TransitionRule[] = CASE_TRANSITIONS): CaseService {
  return new CaseService(new CaseRepository(connection), new CaseGuardRegistry(), connection, table);
}
