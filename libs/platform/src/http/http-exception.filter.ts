import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

const DEFAULT_MESSAGES: Record<number, string> = {
  400: '请求参数不正确',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  405: '不支持的请求方法',
  409: '数据冲突，请刷新后重试',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '请求无法处理',
  429: '请求过于频繁，请稍后再试',
  500: '系统内部错误，请稍后再试',
  503: '服务暂时不可用',
};

function hasChinese(text: unknown): text is string {
  return typeof text === 'string' && /[\u4e00-\u9fa5]/.test(text);
}

/**
 * Every error leaves as `{ statusCode, message, details? }` with a Chinese message and no stack trace.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { statusCode, message, details } = HttpExceptionFilter.describe(exception);
    if (statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    if (response.headersSent) return;
    response.status(statusCode).json(details === undefined ? { statusCode, message } : { statusCode, message, details });
  }

  /** The status and Chinese message `exception` answers with (the audit trail records the same). */
  static describe(exception: unknown): { statusCode: number; message: string; details?: unknown } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const body = exception.getResponse();
      const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const details = typeof body === 'object' ? (body as { details?: unknown }).details : undefined;
      const text = Array.isArray(raw) ? raw.join('；') : raw;
      if (statusCode === 400 && typeof text === 'string' && /JSON/i.test(text) && !hasChinese(text)) {
        return { statusCode, message: '请求内容不是有效的 JSON' };
      }
      const message = hasChinese(text) ? text : (DEFAULT_MESSAGES[statusCode] ?? '请求失败');
      return { statusCode, message, details };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code;
      if (code === '23505') return { statusCode: HttpStatus.CONFLICT, message: '数据已存在，不能重复创建' };
      if (code === '23503') return { statusCode: HttpStatus.CONFLICT, message: '数据仍被引用或引用的数据不存在' };
      if (code === '22P02' || code === '22003') return { statusCode: HttpStatus.BAD_REQUEST, message: '请求参数不正确' };
    }
    const type = (exception as { type?: string })?.type;
    if (type === 'entity.too.large') return { statusCode: 413, message: DEFAULT_MESSAGES[413]! };
    if (type === 'entity.parse.failed') return { statusCode: 400, message: '请求内容不是有效的 JSON' };
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: DEFAULT_MESSAGES[500]! };
  }
}
