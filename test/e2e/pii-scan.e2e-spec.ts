import express from 'express';
import request from 'supertest';
import { piiScanner, type PiiHit } from '../support/pii-scan.js';

describe('the e2e masking scan', () => {
  it('catches unmasked ID numbers and mobiles, but not UUIDs or masked values', async () => {
    const hits: PiiHit[] = [];
    const app = express();
    app.use(piiScanner(hits));
    app.get('/leak', (_req, res) => res.json({ id: '11010519491231002X', phone: '13912345678' }));
    app.get('/fine', (_req, res) => res.json({ id: '110105********002X', phone: '139****5678', uuid: '0b7d1f3e-2c4a-4f1e-9c3b-134567890123' }));
    await request(app).get('/leak').expect(200);
    await request(app).get('/fine').expect(200);
    expect(hits.map((h) => h.match).sort()).toEqual(['11010519491231002X', '13912345678']);
  });
});
