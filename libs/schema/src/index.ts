import { auditEntities } from '@app/audit';
import { caseEntities } from '@app/cases';
import { companyEntities } from '@app/company';
import { compensationEntities } from '@app/compensation';
import { excelEntities } from '@app/excel';
import { identityEntities } from '@app/identity';
import { landEntities } from '@app/land';
import { notificationEntities } from '@app/notifications';
import { platformEntities } from '@app/platform';
import { resettlementEntities } from '@app/resettlement';
import { subjectEntities } from '@app/subjects';
import { targetsEntities } from '@app/targets';
import { landAdminEntities } from '@app/land-admin';
import { MIGRATIONS } from '../../../migrations/index.js';

/**
 * The whole schema in one place: every entity of every library, and every migration in order.
 * Apps, tests and the migration scripts all take it from here.
 */
export const ENTITIES = [...platformEntities, ...landEntities, ...subjectEntities, ...caseEntities, ...identityEntities, ...auditEntities, ...excelEntities, ...compensationEntities, ...companyEntities, ...resettlementEntities, ...targetsEntities, ...notificationEntities, ...landAdminEntities];
export { MIGRATIONS };
