import { databaseName, databaseTransport, withDatabase } from './database-url.js';

describe('PostgreSQL URLs', () => {
  it('replace the database and keep the socket folder', () => {
    const url = 'postgresql://postgres@localhost/postgres?host=%2Fvar%2Frun%2Fpostgresql';
    expect(withDatabase(url, 'xj_bench_1')).toBe('postgresql://postgres@localhost/xj_bench_1?host=%2Fvar%2Frun%2Fpostgresql');
    expect(databaseName(withDatabase(url, 'xj_bench_1'))).toBe('xj_bench_1');
  });

  it('say how they reach the server', () => {
    expect(databaseTransport('postgresql://postgres@localhost/postgres?host=/var/run/postgresql')).toBe('Unix socket /var/run/postgresql/.s.PGSQL.5432');
    expect(databaseTransport('postgres://postgres:pw@127.0.0.1:5555/xujing?host=%2Fsrv%2Fdata%2Fpostgres%2F')).toBe('Unix socket /srv/data/postgres/.s.PGSQL.5555');
    expect(databaseTransport('postgres://postgres@127.0.0.1:5432/postgres')).toBe('TCP 127.0.0.1:5432');
    expect(databaseTransport('postgres://db.internal/xujing')).toBe('TCP db.internal:5432');
  });
});
