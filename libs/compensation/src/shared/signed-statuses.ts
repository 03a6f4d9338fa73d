import { statusesFrom } from '@app/cases';

/** Case statuses from the signing on: a case in one of them stands on a signed agreement. */
export const SIGNED_ON_STATUSES = statusesFrom('signed');
