import type { Response } from 'express';

/**
 * Sends a 200 answer whose JSON is already UTF-8 bytes, in chunks sent one after the other (e.g. a few bytes made for
 * this request, then a large body made once and kept): no string of the whole answer, no re-encoding per request.
 */
export function sendJsonBytes(res: Response, chunks: readonly Buffer[]): void {
  res.status(200);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', chunks.reduce((n, chunk) => n + chunk.length, 0));
  res.cork(); // headers and chunks leave together (end() uncorks)
  for (const chunk of chunks.slice(0, -1)) res.write(chunk);
  res.end(chunks.at(-1));
}
