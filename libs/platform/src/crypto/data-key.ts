import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hkdfSync, randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config/load-config.js';

/** AES-256 and HMAC-SHA256 both take a 32-byte key; DATA_KEY is that many random bytes. */
export const DATA_KEY_BYTES = 32;
export const DATA_KEY_FILE = 'data.key';
export const DATA_KEY_FORMAT = '32 字节随机密钥的 base64（44 个字符）或 64 位十六进制';

// Fixed HKDF salt and labels: changing any of them makes every stored ciphertext and hash unreadable.
const HKDF_SALT = 'xujing-relocation/data-key';
const ENCRYPTION_INFO = 'field-encryption/aes-256-gcm/v1';
const SEARCH_INFO = 'search-hash/hmac-sha256/v1';

/** Start-up cannot go on without a usable data key (a ConfigError, so the apps print only the message). */
export class DataKeyError extends ConfigError {}

/** The subkeys derived from DATA_KEY: one encrypts fields, the other keys the search hashes. */
export interface FieldKeys {
  encryption: Buffer;
  search: Buffer;
}

/** What key loading needs from AppConfig. */
export interface DataKeySettings {
  NODE_ENV: string;
  DATA_DIR: string;
  DATA_KEY?: string;
}

/** The 32-byte key written as base64 (standard or URL-safe, padding optional) or 64 hex digits; null otherwise. */
export function parseDataKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(value) || /^[A-Za-z0-9_-]{43}$/.test(value)) {
    const key = Buffer.from(value, 'base64');
    return key.length === DATA_KEY_BYTES ? key : null;
  }
  return null;
}

/** HKDF-SHA256 subkeys, so the encryption key and the search-hash key are never the same bytes. */
export function deriveFieldKeys(key: Buffer): FieldKeys {
  if (key.length !== DATA_KEY_BYTES) throw new DataKeyError(`DATA_KEY 必须是${DATA_KEY_FORMAT}`);
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', key, HKDF_SALT, info, DATA_KEY_BYTES));
  return { encryption: derive(ENCRYPTION_INFO), search: derive(SEARCH_INFO) };
}

function readKeyFile(path: string): Buffer {
  const key = parseDataKey(readFileSync(path, 'utf8'));
  if (!key) throw new DataKeyError(`数据密钥文件 ${path} 内容无效：应为${DATA_KEY_FORMAT}`);
  const mode = statSync(path).mode & 0o777;
  if (mode !== 0o600) chmodSync(path, 0o600);
  return key;
}

/** Writes a new random key to `path` (mode 0600) unless another process got there first; returns the key in the file. */
function createKeyFile(path: string): { key: Buffer; created: boolean } {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${randomBytes(DATA_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(temporary, 0o600);
    // link() is atomic and refuses to overwrite: with api and worker starting together, one key wins.
    linkSync(temporary, path);
    return { key: readKeyFile(path), created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: readKeyFile(path), created: false };
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * The data key: DATA_KEY when set (required in production); otherwise the key file in DATA_DIR,
 * generated on first start with mode 0600. `warn` is told whenever the local key file is used.
 */
export function loadDataKey(settings: DataKeySettings, warn: (message: string) => void): Buffer {
  if (settings.DATA_KEY) {
    const key = parseDataKey(settings.DATA_KEY);
    if (!key) throw new DataKeyError(`DATA_KEY 格式不正确：必须是${DATA_KEY_FORMAT}`);
    return key;
  }
  if (settings.NODE_ENV === 'production') {
    throw new DataKeyError(`生产环境必须设置 DATA_KEY（${DATA_KEY_FORMAT}，如 openssl rand -base64 32），不使用本地生成的密钥文件`);
  }
  const path = resolve(settings.DATA_DIR, DATA_KEY_FILE);
  let found: { key: Buffer; created: boolean };
  try {
    found = { key: readKeyFile(path), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    found = createKeyFile(path);
  }
  warn(
    `未设置 DATA_KEY：个人信息使用${found.created ? '新生成的' : '本地'}密钥文件 ${path} 加密（仅限开发和测试）。` +
      '生产环境必须通过 DATA_KEY 提供自己的密钥；丢失该密钥将无法读取已加密的身份证号和电话。',
  );
  return found.key;
}

let installed: FieldKeys | undefined;

/** Makes `key` the process's data key (its derived subkeys). */
export function installDataKey(key: Buffer): void {
  installed = deriveFieldKeys(key);
}

const warnOnStderr = (message: string) => process.stderr.write(`${JSON.stringify({ level: 40, time: Date.now(), msg: message })}\n`);

/**
 * Loads and installs the data key for this process. Every entry point calls it after loading the
 * configuration and before any DataSource opens (migrations backfill with it, entities decrypt with it).
 */
export function initDataKey(settings: DataKeySettings, warn: (message: string) => void = warnOnStderr): void {
  installDataKey(loadDataKey(settings, warn));
}

/** Whether this process has a data key installed. */
export function dataKeyInstalled(): boolean {
  return installed !== undefined;
}

/** The installed subkeys; throws when start-up has not installed a key. */
export function fieldKeys(): FieldKeys {
  if (!installed) throw new DataKeyError('数据密钥尚未初始化：启动时须先调用 initDataKey（DATA_KEY）');
  return installed;
}
