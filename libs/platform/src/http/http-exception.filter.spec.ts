import { ConflictException, NotFoundException } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { HttpExceptionFilter } from './http-exception.filter.js';

function run(exception: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  const filter = new HttpExceptionFilter();
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return sent;
}

describe('HttpExceptionFilter', () => {
  it('hides unexpected errors behind a generic Chinese 500 with no stack', () => {
    const sent = run(new Error('boom at /work/main/libs/x.ts:12'));
    expect(sent).toEqual({ status: 500, body: { statusCode: 500, message: '系统内部错误，请稍后再试' } });
  });

  it('keeps Chinese messages and replaces English ones', () => {
    expect(run(new NotFoundException('户不存在')).body).toEqual({ statusCode: 404, message: '户不存在' });
    expect(run(new NotFoundException('Cannot GET /x')).body).toEqual({ statusCode: 404, message: '请求的资源不存在' });
  });

  it('passes details through', () => {
    const body = run(new ConflictException({ message: '冲突', details: [{ field: 'code', message: '重复' }] })).body;
    expect(body).toEqual({ statusCode: 409, message: '冲突', details: [{ field: 'code', message: '重复' }] });
  });

  it('turns unique violations into a Chinese 409', () => {
    const error = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    Object.assign(error, { code: '23505' });
    expect(run(error).body).toEqual({ statusCode: 409, message: '数据已存在，不能重复创建' });
  });
});
