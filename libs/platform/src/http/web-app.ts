import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** The project's root folder: the nearest folder above this module holding the project's package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'xujing-relocation') return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** Paths the web app never answers: the API, its documents, the health check. */
const SERVER_PATHS = /^\/(api|health)(\/|$)/;

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>徐泾动迁</title>
<body style="font-family:sans-serif;padding:2em"><h1>前端尚未构建</h1><p>请运行 <code>npm run build</code>（或 <code>npm start</code>）后刷新本页。接口文档见 <a href="/api/docs">/api/docs</a>。</p></body></html>`;

/**
 * Serves the built web app (Vite output) at `/`: hashed assets are cached for a year, everything
 * else that is not the API falls back to index.html (client-side routes), which is never cached so a
 * new release is picked up on the next load.
 */
export function serveWebApp(app: NestExpressApplication, webDir?: string): void {
  const dir = resolve(webDir ?? join(projectRoot(), 'dist', 'web'));
  const index = join(dir, 'index.html');
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  // The API's requests never look for a file (a stat per request otherwise).
  const files = express.static(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => (SERVER_PATHS.test(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(index)) return res.status(200).type('html').send(NOT_BUILT);
    res.sendFile(index);
  });
}
