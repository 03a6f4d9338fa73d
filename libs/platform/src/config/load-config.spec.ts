import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('applies safe defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.NODE_ENV).toBe('development');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.consumesJobs).toBe(true);
  });

  it('consumes with REDIS_URL too (one machine needs no worker) unless QUEUE_CONSUMER=false', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).consumesJobs).toBe(true);
    expect(loadConfig({ REDIS_URL: 'redis://x', QUEUE_CONSUMER: 'false' }).consumesJobs).toBe(false);
    expect(loadConfig({ QUEUE_CONSUMER: 'false' }).consumesJobs).toBe(false);
  });

  it('reads optional variables that have no default (WEB_DIR)', () => {
    expect(loadConfig({ WEB_DIR: '/tmp/web-build' }).WEB_DIR).toBe('/tmp/web-build');
    expect(loadConfig({}).WEB_DIR).toBeUndefined();
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
    // In Chinese, as every message of the system.
    expect(() => loadConfig({ PORT: 'abc', QUEUE_CONCURRENCY: '0' })).toThrow(/ {2}PORT="abc": .*PORT必须是整数/);
    expect(() => loadConfig({ QUEUE_CONCURRENCY: '0' })).toThrow('  QUEUE_CONCURRENCY="0": QUEUE_CONCURRENCY不能小于 1');
  });
});
