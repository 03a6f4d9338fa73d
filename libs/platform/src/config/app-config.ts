import { Transform } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase())
    ? true
    : ['0', 'false', 'no', 'off'].includes(String(value).toLowerCase())
      ? false
      : value;

const PROXY_ENTRY = String.raw`(?:loopback|linklocal|uniquelocal|\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?|[0-9a-fA-F:]*:[0-9a-fA-F:.]*(?:/\d{1,3})?)`;
const TRUST_PROXY_LIST = new RegExp(`^\\s*${PROXY_ENTRY}(?:\\s*,\\s*${PROXY_ENTRY})*\\s*$`);

/**
 * Every environment variable the system reads, validated once at boot (`loadConfig`): a wrong
 * value stops start-up with a message naming the variable, its value and what is wrong with it.
 */
export class AppConfig {
  /** HTTP port of the api app. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** `development`, `test` or `production`. Demo data is seeded only outside production. */
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** PostgreSQL connection string. Unset: an embedded PostgreSQL is started with its data under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: '必须是 postgres:// 或 postgresql:// 开头的连接串' })
  DATABASE_URL?: string;

  /** Redis connection string. Set: jobs run on BullMQ over Redis and apps/worker consumes them. Unset: BullMQ's PostgreSQL backend. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: '必须是 redis:// 或 rediss:// 开头的连接串' })
  REDIS_URL?: string;

  /** Folder for local state: the embedded PostgreSQL cluster, uploads, generated keys. */
  @IsString()
  DATA_DIR = '.data';

  /**
   * Key that encrypts personal data (身份证号, phones) and keys their search hashes: 32 random bytes
   * as base64 (`openssl rand -base64 32`) or 64 hex digits. Required in production; elsewhere a key
   * file is generated in DATA_DIR. Losing it makes the stored personal data unreadable.
   */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.DATA_KEY !== undefined)
  @IsDefined({ message: '生产环境必须设置 DATA_KEY（32 字节随机密钥的 base64 或 64 位十六进制，如 openssl rand -base64 32）' })
  @Matches(/^\s*(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?|[A-Za-z0-9_-]{43})\s*$/, { message: '必须是 32 字节随机密钥的 base64（44 个字符）或 64 位十六进制' })
  DATA_KEY?: string;

  /**
   * Whether this process consumes jobs. Default: yes (the api and the worker), so one machine with
   * REDIS_URL set still runs its imports and exports; scaled deployments set it false on the api.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  QUEUE_CONSUMER?: boolean;

  /** How many jobs one consuming process runs at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  QUEUE_CONCURRENCY = 4;

  /** Key prefix of the queue (Redis keys / PostgreSQL queue namespace); lets several deployments share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: '只能包含字母、数字、下划线和连字符' })
  QUEUE_PREFIX = 'xujing';

  /** Seconds a committed job may wait unclaimed before the sweeper enqueues it again. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  QUEUE_SWEEP_AFTER_SECONDS = 60;

  /** Folder of the built web app (index.html and assets), served at `/`. Default: `dist/web` of the project. */
  @IsOptional()
  @IsString()
  WEB_DIR?: string;

  /** Seed demo data into an empty database (never in production). */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** pino log level. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Port of the worker's health endpoint (0 = none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 0;

  /** Minutes of inactivity after which a session ends. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 30;

  /** Hours after login at which a session ends however active it is. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_MAX_HOURS = 12;

  /** Consecutive failed logins that lock an account. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  /** Minutes an account stays locked after too many failures. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 30;

  /** Login attempts allowed per IP address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 20;

  /** Comma-separated origins allowed by CORS (empty: CORS closed). */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /**
   * The reverse proxies whose X-Forwarded-For is believed, comma-separated: addresses, subnets (CIDR) or
   * express's presets `loopback`, `linklocal`, `uniquelocal`. Unset: none — the client IP (login rate
   * limit, audit trail) is the connection's, whatever headers say.
   */
  @IsOptional()
  @Matches(TRUST_PROXY_LIST, { message: '必须是以逗号分隔的代理地址、网段（CIDR）或 loopback / linklocal / uniquelocal' })
  TRUST_PROXY?: string;

  /** Largest accepted JSON body. */
  @Matches(/^\d+(kb|mb)$/, { message: '必须形如 1mb 或 512kb' })
  BODY_LIMIT = '1mb';

  /** Days a finished import's uploaded workbook is kept (its error report needs it); then the file is deleted. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_RETENTION_DAYS = 90;

  /** Largest attachment (minutes, signed scans of the mechanisms with 西虹桥公司), in MB; kept under DATA_DIR/attachments. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  ATTACHMENT_MAX_MB = 20;

  /** Days a finished export's file can be downloaded; then the file is deleted (export again for a fresh one). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORT_RETENTION_DAYS = 7;

  /** Most data rows an import workbook may have; a bigger file is refused at upload (split it). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IMPORT_MAX_ROWS = 200_000;

  /**
   * Rows an import writes per transaction (each chunk is committed with the batch's checkpoint). One chunk
   * is written while the next is read; 2000 keeps the per-statement overhead small and the memory flat.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  IMPORT_CHUNK_ROWS = 2000;

  /**
   * Megabytes a long import or export job lets the heap grow before it has V8 collect the garbage
   * (every few chunks); keeps a worker's memory flat whatever the file's size. 0 = leave it to V8.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  JOB_HEAP_BUDGET_MB = 48;

  /** Rows an export reads per query (the next page is read while one is written). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50_000)
  EXPORT_PAGE_ROWS = 5000;

  /** Whether this process consumes jobs, after defaults are applied (api and worker alike). */
  get consumesJobs(): boolean {
    return this.QUEUE_CONSUMER ?? true;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}
