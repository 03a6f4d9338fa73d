import type { NextFunction, Request, Response } from 'express';

/** An unmasked 身份证号 or mobile number, not part of a longer token (UUIDs, hashes). */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

/** 统一社会信用代码 are not personal data, and an all-digit one looks like a 身份证号. */
const CREDIT_CODE = /"creditCode":"[0-9A-Z]{18}"/g;

/** Routes whose whole point is to show personal data, after an audited request. */
const AUDITED_UNMASK = /^\/api\/households\/[^/]+\/unmask$/;

export interface PiiHit {
  method: string;
  path: string;
  status: number;
  match: string;
}

/**
 * Express middleware for the e2e suite: scans every JSON body the app sends for unmasked ID
 * numbers and phone numbers. Each test app fails its own close() when anything leaked.
 */
export function piiScanner(hits: PiiHit[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const path = req.originalUrl.split('?')[0] ?? '';
      if (!(req.method === 'POST' && AUDITED_UNMASK.test(path) && res.statusCode === 200)) {
        const text = (JSON.stringify(body) ?? '').replace(CREDIT_CODE, '"creditCode":"…"');
        for (const match of [...text.matchAll(ID_NUMBER), ...text.matchAll(MOBILE)]) {
          hits.push({ method: req.method, path, status: res.statusCode, match: match[0] });
        }
      }
      return json(body);
    };
    next();
  };
}
