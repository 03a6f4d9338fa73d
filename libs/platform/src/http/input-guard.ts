import type { NextFunction, Request, Response } from 'express';
import { inputProblemMessage, inspectInput, normalizeInput, type InputProblem } from '../domain/input-text.js';

/**
 * The HTTP boundary's checks of every request's text, before any guard, interceptor or query runs
 * (express middleware, in the order `configureHttpApp` installs them). A refused request answers a
 * Chinese 4xx in the one error format, quotes nothing of what was sent, and changes nothing.
 */

function refuse(res: Response, statusCode: number, message: string): void {
  res.status(statusCode).json({ statusCode, message });
}

const BODY_CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** Before the body parsers: a body must be UTF-8 (body-parser would decode UTF-16 and echo it back on a parse error). */
export function requireUtf8Body(req: Request, res: Response, next: NextFunction): void {
  const type = req.headers['content-type'];
  const charset = typeof type === 'string' ? BODY_CHARSET.exec(type)?.[1]?.toLowerCase() : undefined;
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return refuse(res, 415, '请求内容必须使用 UTF-8 编码');
  next();
}

/** After the body parsers: their errors in Chinese, without the parser's English text (which quotes the body). */
export function bodyParserErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (err as { type?: unknown } | null)?.type;
  if (typeof type !== 'string') return next(err);
  if (type === 'entity.too.large' || type === 'parameters.too.many') return refuse(res, 413, '请求内容过大');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return refuse(res, 415, '请求内容必须使用 UTF-8 编码');
  return refuse(res, 400, '请求内容不是有效的 JSON');
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function messageFor(problem: InputProblem, where: string): string {
  return problem.kind === 'character' && where !== 'body' ? `${where === 'path' ? '请求地址' : '查询参数'}含有不允许的控制字符` : inputProblemMessage(problem);
}

/**
 * After the body parsers: refuses a path, query or body holding a control character (NUL first of
 * all: PostgreSQL cannot store it), a body nested too deeply or holding too many values (class-transformer
 * would overflow the stack on it), and normalises the body's text (invisible characters removed; codes NFKC).
 * The validation pipe normalises query and route parameters, and multipart fields, the same way.
 */
export function guardInputText(req: Request, res: Response, next: NextFunction): void {
  const path = decodePath(req.path);
  if (path === undefined) return refuse(res, 400, '请求地址的编码无效');
  const inPath = inspectInput(path, undefined, 'url');
  if (inPath) return refuse(res, 400, messageFor(inPath, 'path'));
  const inQuery = inspectInput(req.query, undefined, 'url');
  if (inQuery) return refuse(res, 400, messageFor(inQuery, 'query'));
  if (req.body !== undefined) {
    const inBody = inspectInput(req.body);
    if (inBody) return refuse(res, 400, messageFor(inBody, 'body'));
    req.body = normalizeInput(req.body);
  }
  next();
}
