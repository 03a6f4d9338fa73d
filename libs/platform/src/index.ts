export { AppConfig } from './config/app-config.js';
export { ConfigError, loadConfig } from './config/load-config.js';
export { ConfigModule } from './config/config.module.js';
export { databaseName, databaseTransport, withDatabase } from './database/database-url.js';
export { embeddedUrl, findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
export { dataSourceOptions, ensureDatabase, pendingSchemaChanges, runMigrations, WRONG_DATA_KEY, type EntityList, type MigrationList } from './database/migrate.js';
export { installPgTypeParsers } from './database/pg-types.js';
export { resolveDatabase, type ResolvedDatabase } from './database/resolve-database.js';
export { TransactionalConnection } from './database/transactional-connection.js';
export { SnapshotCounts } from './database/snapshot-counts.js';
export { entityRowReader } from './database/entity-rows.js';
export { DatabaseModule } from './database/database.module.js';
export { Dec, fenToYuan, formatArea, isDecimalLike, sumDecimals, toDecimal, yuanToFen } from './domain/decimal.js';
export { VersionedEntity } from './database/versioned-entity.js';
export { SnapshotCache, type Computed } from './domain/snapshot-cache.js';
export { BUSINESS_ZONE, isCalendarDate, shanghaiInstantsIn, todayInShanghai, toShanghaiIso, yearInShanghai } from './domain/calendar-date.js';
export { configureHttpApp } from './http/configure-http.js';
export { sendJsonBytes } from './http/send-json-bytes.js';
export { attachmentDisposition } from './http/content-disposition.js';
export { ApiFileResponse } from './http/api-file-response.js';
export { HttpExceptionFilter } from './http/http-exception.filter.js';
export { createValidationPipe } from './http/validation.pipe.js';
export { toFieldErrors, type FieldError } from './http/validation-messages.js';
export { PageQueryDto, skipTake, type Page } from './pagination/page-query.dto.js';
export { PageOf } from './pagination/page.view.js';
export { ApiCalendarDate, ApiInstant } from './http/api-time-property.js';
export { declareJobs, declaredJobs, HandlesJob, Job, type JobClass, type JobContext, type JobHandler, type PayloadOf } from './queue/job.js';
export { JobRecord, type JobStatus } from './queue/job-record.entity.js';
export { JobDispatcher } from './queue/job-dispatcher.js';
export { JobRegistry, JobRegistrationError } from './queue/job-registry.js';
export { JobSweeper } from './queue/job-sweeper.js';
export { JobsService } from './queue/jobs.service.js';
export { configureQueueDriver, redisOptions, type QueueConnection, type QueueDriver } from './queue/queue-driver.js';
export { QueueModule, QUEUE_CONNECTION } from './queue/queue.module.js';
export { JOBS_QUEUE } from './queue/queue.constants.js';
export { NO_CONSUMER_WARNING, QueueConsumersView } from './queue/queue-consumers.view.js';
export { PlatformModule, type PlatformOptions } from './platform.module.js';

/** Entities owned by the platform library. */
import { JobRecord as JobRecordEntity } from './queue/job-record.entity.js';
import { DataKeyCheck } from './crypto/data-key-check.entity.js';
export const platformEntities = [JobRecordEntity, DataKeyCheck];
export { ANONYMOUS_ACTOR, currentActor, currentContext, noteChange, runWithContext, setActor, SYSTEM_ACTOR, type Actor, type NotedChange, type RequestContextData } from './http/request-context.js';
export { isRole, ROLE_LABELS, ROLES, type Role } from './access/roles.js';
export { Allow, AUDIT_ACTION_KEY, AUDIT_IN_HANDLER_TRANSACTION_KEY, AuditAction, AuditInHandlerTransaction, Public, READERS, Self, POLICY_KEY, type AccessPolicy } from './access/policy.js';
export { assertVisible, canSeeProject, canWriteProject, visibleProjectIds } from './access/scope.js';
export { RequestContextMiddleware } from './http/request-context.middleware.js';
export { IsAreaValue } from './http/area-field.js';
export { IsCalendarDateText } from './http/calendar-date.field.js';
export { HashingDiskStorage, StoredUploadCleanup, type StoredUpload } from './http/stored-upload.js';
export { Trim } from './http/trim-field.js';
export { canUnmaskPersonalData } from './access/personal-data.js';
export { DATA_KEY_FILE, DataKeyError, deriveFieldKeys, initDataKey, installDataKey, loadDataKey, parseDataKey, type DataKeySettings } from './crypto/data-key.js';
export { decryptField, encryptField, encryptedColumn, FieldDecryptionError, searchHash } from './crypto/field-crypto.js';
export { maskIdNumber, maskPhone } from './crypto/mask.js';
export { HeapBudget } from './memory/heap-budget.js';
export { ACCESS_DENIED_RECORDER, type AccessDeniedRecorder } from './access/access-denied.js';
export { PROJECT_DIRECTORY, type ProjectDirectory, type ProjectRef } from './access/project-directory.js';
export {
  hasForbiddenCharacter,
  INPUT_LIMITS,
  inputProblemMessage,
  inspectInput,
  INVISIBLE_CHARACTERS,
  isCodeField,
  normalizeInput,
  normalizeInputText,
  stripInvisible,
  type InputLimits,
  type InputProblem,
} from './domain/input-text.js';
