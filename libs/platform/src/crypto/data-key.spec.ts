import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { DATA_KEY_FILE, DataKeyError, deriveFieldKeys, loadDataKey, parseDataKey } from './data-key.js';

const HEX = 'a1'.repeat(32);
const BASE64 = Buffer.alloc(32, 3).toString('base64');

describe('DATA_KEY', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xj-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('parses 32 bytes as 64 hex digits or base64 (padded, unpadded, URL-safe)', () => {
    expect(parseDataKey(HEX)).toEqual(Buffer.alloc(32, 0xa1));
    expect(parseDataKey(BASE64)).toEqual(Buffer.alloc(32, 3));
    expect(parseDataKey(` ${BASE64.replace('=', '')}\n`)).toEqual(Buffer.alloc(32, 3));
    const urlSafe = Buffer.alloc(32, 0xfb).toString('base64url');
    expect(parseDataKey(urlSafe)).toEqual(Buffer.alloc(32, 0xfb));
    for (const bad of ['', 'abc', 'a1'.repeat(31), Buffer.alloc(16).toString('base64'), 'z'.repeat(64)]) expect(parseDataKey(bad)).toBeNull();
  });

  it('is validated by loadConfig, required in production, never echoed', () => {
    expect(loadConfig({ DATA_KEY: HEX }).DATA_KEY).toBe(HEX);
    expect(loadConfig({}).DATA_KEY).toBeUndefined();
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_KEY: BASE64 })).not.toThrow();
    expect(() => loadConfig({ DATA_KEY: 'not-a-key-secret' })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ DATA_KEY: 'not-a-key-secret' })).not.toThrow(/not-a-key-secret/);
  });

  it('uses DATA_KEY when set, without touching DATA_DIR', () => {
    const warn = jest.fn();
    expect(loadDataKey({ NODE_ENV: 'production', DATA_DIR: dir, DATA_KEY: HEX }, warn)).toEqual(Buffer.alloc(32, 0xa1));
    expect(warn).not.toHaveBeenCalled();
    expect(() => statSync(join(dir, DATA_KEY_FILE))).toThrow();
  });

  it('refuses to start in production without DATA_KEY, naming it', () => {
    expect(() => loadDataKey({ NODE_ENV: 'production', DATA_DIR: dir }, jest.fn())).toThrow(DataKeyError);
    expect(() => loadDataKey({ NODE_ENV: 'production', DATA_DIR: dir }, jest.fn())).toThrow(/DATA_KEY/);
    expect(() => statSync(join(dir, DATA_KEY_FILE))).toThrow();
  });

  it('outside production generates a key file once, mode 0600, and warns each time it is used', () => {
    const warn = jest.fn();
    const settings = { NODE_ENV: 'development', DATA_DIR: join(dir, 'nested') };
    const first = loadDataKey(settings, warn);
    const path = join(dir, 'nested', DATA_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(parseDataKey(readFileSync(path, 'utf8'))).toEqual(first);
    expect(loadDataKey(settings, warn)).toEqual(first);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toMatch(/生产环境必须通过 DATA_KEY/);
  });

  it('tightens a key file readable by others, and refuses a damaged one', () => {
    const path = join(dir, DATA_KEY_FILE);
    writeFileSync(path, HEX);
    chmodSync(path, 0o644);
    expect(loadDataKey({ NODE_ENV: 'test', DATA_DIR: dir }, jest.fn())).toEqual(Buffer.alloc(32, 0xa1));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, 'garbage');
    expect(() => loadDataKey({ NODE_ENV: 'test', DATA_DIR: dir }, jest.fn())).toThrow(DataKeyError);
  });

  it('derives two different subkeys', () => {
    const keys = deriveFieldKeys(Buffer.alloc(32, 1));
    expect(keys.encryption).toHaveLength(32);
    expect(keys.encryption.equals(keys.search)).toBe(false);
    expect(keys.encryption.equals(Buffer.alloc(32, 1))).toBe(false);
  });
});
