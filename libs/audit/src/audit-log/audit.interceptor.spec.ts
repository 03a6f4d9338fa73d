import { ConflictException, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of, throwError } from 'rxjs';
import { AuditAction, AuditInHandlerTransaction, type TransactionalConnection } from '@app/platform';
import type { AuditedRequest } from '../domain/audit-row.js';
import type { AuditLogService } from './audit-log.service.js';
import { AuditInterceptor } from './audit.interceptor.js';

class ReportController {
  @AuditAction('report.export')
  export() {}

  list() {}

  createEntry() {}

  @AuditInHandlerTransaction()
  upload() {}
}

function setup(handlerWrites = true) {
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
    // The handler's own transaction runs `last` before committing; `handlerWrites` says whether it opens one.
    withBeforeCommit: async <T>(last: () => Promise<void>, work: () => Promise<T>) => {
      if (where !== 'none') throw new Error('withBeforeCommit inside a transaction');
      const result = await work();
      if (!handlerWrites) return { result, ranLast: false };
      where = 'handler transaction';
      try {
        await last();
      } finally {
        where = 'none';
      }
      return { result, ranLast: true };
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

  it('runs an upload route outside any transaction and writes its row in the transaction the handler opens', async () => {
    const { interceptor, context, recorded } = setup();
    await lastValueFrom(interceptor.intercept(context('POST', 'upload'), answer({ id: 'b-1' })));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.where).toBe('handler transaction');
    expect(recorded[0]!.request).toMatchObject({ outcome: 'success', statusCode: 201 });
  });

  it('gives an upload route that wrote nothing a transaction of its own for its row', async () => {
    const { interceptor, context, recorded } = setup(false);
    await lastValueFrom(interceptor.intercept(context('POST', 'upload'), answer({ id: 'b-2' })));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.where).toBe('transaction');
    expect(recorded[0]!.request).toMatchObject({ outcome: 'success', fallbackEntityId: 'b-2' });
  });

  it('audits a refused upload as a failure in its own transaction', async () => {
    const { interceptor, context, recorded } = setup();
    const failing: CallHandler = { handle: () => throwError(() => new ConflictException('文件已损坏')) };
    await expect(lastValueFrom(interceptor.intercept(context('POST', 'upload'), failing))).rejects.toThrow('文件已损坏');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.where).toBe('independent');
    expect(recorded[0]!.request).toMatchObject({ outcome: 'failure', statusCode: 409 });
  });
});
