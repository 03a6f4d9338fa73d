import { ConflictException, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of, throwError } from 'rxjs';
import { AuditAction, type TransactionalConnection } from '@app/platform';
import type { AuditedRequest } from '../domain/audit-row.js';
import type { AuditLogService } from './audit-log.service.js';
import { AuditInterceptor } from './audit.interceptor.js';

class ReportController {
  @AuditAction('report.export')
  export() {}

  list() {}

  createEntry() {}
}

function setup() {
  const recorded: Array<{ request: AuditedRequest; where: string }> = [];
  let where = 'none';
  const connection = {
    transaction: async <T>(work: () => Promise<T>) => {
      where = 'transaction';
      try {
        return await work();
      } finally {
        where = 'none';
      }
    },
    independentTransaction: async <T>(work: () => Promise<T>) => {
      where = 'independent';
      try {
        return await work();
      } finally {
        where = 'none';
      }
    },
  } as unknown as TransactionalConnection;
  const audit = { record: async (request: AuditedRequest) => void recorded.push({ request, where }) } as unknown as AuditLogService;
  const interceptor = new AuditInterceptor(new Reflector(), connection, audit);
  const context = (method: string, handler: keyof ReportController, url = '/api/reports?x=1') =>
    ({
      getType: () => 'http',
      getClass: () => ReportController,
      getHandler: () => ReportController.prototype[handler],
      switchToHttp: () => ({ getRequest: () => ({ method, originalUrl: url, params: {}, ip: '127.0.0.1' }), getResponse: () => ({ statusCode: 200 }) }),
    }) as unknown as ExecutionContext;
  return { interceptor, context, recorded };
}

const answer = (value: unknown): CallHandler => ({ handle: () => of(value) });

describe('AuditInterceptor', () => {
  it('audits a GET route marked with @AuditAction, inside the transaction', async () => {
    const { interceptor, context, recorded } = setup();
    await lastValueFrom(interceptor.intercept(context('GET', 'export'), answer({ id: 'r-1' })));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.where).toBe('transaction');
    expect(recorded[0]!.request).toMatchObject({ action: 'report.export', method: 'GET', path: '/api/reports', statusCode: 200, outcome: 'success', fallbackEntityId: 'r-1' });
  });

  it('leaves plain reads alone', async () => {
    const { interceptor, context, recorded } = setup();
    expect(await lastValueFrom(interceptor.intercept(context('GET', 'list'), answer([1, 2])))).toEqual([1, 2]);
    expect(recorded).toEqual([]);
  });

  it('names an unmarked write after its controller and handler; a POST answers 201', async () => {
    const { interceptor, context, recorded } = setup();
    await lastValueFrom(interceptor.intercept(context('POST', 'createEntry'), answer(undefined)));
    expect(recorded[0]!.request).toMatchObject({ action: 'report.create_entry', statusCode: 201, outcome: 'success' });
  });

  it('records a failure in its own transaction and rethrows', async () => {
    const { interceptor, context, recorded } = setup();
    const failing: CallHandler = { handle: () => throwError(() => new ConflictException('编号已存在')) };
    await expect(lastValueFrom(interceptor.intercept(context('POST', 'createEntry'), failing))).rejects.toThrow('编号已存在');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.where).toBe('independent');
    expect(recorded[0]!.request).toMatchObject({ outcome: 'failure', statusCode: 409, detail: '编号已存在' });
  });
});
