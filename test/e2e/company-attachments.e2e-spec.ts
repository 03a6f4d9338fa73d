import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256)]);

/** Attachments: checked by their bytes, kept under DATA_DIR, served only to those who may see their record. */
describe('company mechanisms: attachments (e2e)', () => {
  let t: TestApp;
  let code: string;
  let officer: Http;
  let company: Http;
  let otherCompany: Http;
  let communicationId: string;
  const stored = () => {
    try {
      return readdirSync(join(t.config.DATA_DIR, 'attachments')).length;
    } catch {
      return 0;
    }
  };
  const rows = async () => (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM attachment'))[0]!.n;
  const upload = (as: Http, file: Buffer, name: string, owner = { ownerType: 'communication', ownerId: communicationId }) =>
    as.post('/api/attachments').field('ownerType', owner.ownerType).field('ownerId', owner.ownerId).attach('file', file, name);

  beforeAll(async () => {
    t = await createTestApp();
    const project = makeProject();
    code = project.code as string;
    await t.http().post('/api/projects').send(project).expect(201);
    officer = await t.loginAs({ username: 'att-officer', roles: ['officer'], projects: [code] });
    company = await t.loginAs({ username: 'att-company', roles: ['company'], projects: [code] });
    otherCompany = await t.loginAs({ username: 'att-company-2', roles: ['company'], projects: [] });
    communicationId = (
      await officer
        .post(`/api/projects/${code}/communications`)
        .send({ kind: 'meeting', heldOn: '2013-06-01', subject: '移交前现场踏勘', townParticipants: '王强', companyParticipants: '赵华', minutes: '现场踏勘纪要' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('refuses files by their bytes, not their name, in Chinese, and stores nothing', async () => {
    const before = { files: stored(), rows: await rows() };
    const text = await upload(officer, Buffer.from('这不是PDF，只是一段文字'), '会议纪要.pdf').expect(422);
    expect(text.body.message).toBe('只能上传 PDF、JPEG、PNG 图片、Excel（.xlsx）或 Word（.docx）文件（按文件内容识别，与扩展名无关）');
    await upload(officer, EXE, 'setup.exe').expect(422);
    await upload(officer, EXE, '扫描件.png').expect(422);
    const big = await upload(officer, Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), '大文件.pdf').expect(413);
    expect(big.body.message).toBe('文件超过 20 MB 的上限');
    const unknown = await upload(officer, PDF, '纪要.pdf', { ownerType: 'payment', ownerId: communicationId }).expect(422);
    expect(unknown.body.message).toBe('附件不能挂在“payment”上');
    await officer.post('/api/attachments').field('ownerType', 'communication').field('ownerId', communicationId).expect(400);
    expect({ files: stored(), rows: await rows() }).toEqual(before);
  });

  it('accepts a PDF and a PNG; both sides list and download them with the Chinese name', async () => {
    const pdf = await upload(officer, PDF, '会议纪要（签字版）.pdf').expect(201);
    expect(pdf.body).toMatchObject({ ownerType: 'communication', ownerId: communicationId, fileName: '会议纪要（签字版）.pdf', mediaType: 'application/pdf', size: PDF.length, uploadedBy: 'att-officer' });
    // The name says PDF, the bytes say PNG: the bytes win.
    const png = await upload(company, PNG, '现场照片.pdf').expect(201);
    expect(png.body.mediaType).toBe('image/png');

    const list = await company.get('/api/attachments').query({ ownerType: 'communication', ownerId: communicationId }).expect(200);
    expect(list.body.map((a: { fileName: string }) => a.fileName)).toEqual(['会议纪要（签字版）.pdf', '现场照片.pdf']);
    const download = await company.get(`/api/attachments/${pdf.body.id}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('会议纪要（签字版）.pdf').replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'attachment.%' AND "statusCode" < 400 ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['attachment.create', 'attachment.create', 'attachment.download']);
  });

  it('answers 404 to the company of another project; finance reads but may not attach', async () => {
    const [a] = await t.query<{ id: string }>('SELECT id FROM attachment LIMIT 1');
    await otherCompany.get(`/api/attachments/${a!.id}`).expect(404);
    await otherCompany.get('/api/attachments').query({ ownerType: 'communication', ownerId: communicationId }).expect(404);
    await upload(otherCompany, PDF, '纪要.pdf').expect(404);
    const finance = await t.loginAs({ username: 'att-finance', roles: ['finance'] });
    await finance.get(`/api/attachments/${a!.id}`).expect(200);
    await upload(finance, PDF, '纪要.pdf').expect(403);
  });

  it("keeps a project's 审计报告 (结算): finance attaches it, the 项目资金 names it, the company reads it", async () => {
    const finance = await t.loginAs({ username: 'att-audit-finance', roles: ['finance'], projects: [code] });
    const projectId = (await finance.get(`/api/projects/${code}/settlement-figures`).expect(200)).body.projectId as string;
    const owner = { ownerType: 'audit_report', ownerId: projectId };
    await upload(officer, PDF, '审计报告.pdf', owner).expect(403);
    await upload(otherCompany, PDF, '审计报告.pdf', owner).expect(404);
    const report = (await upload(finance, PDF, '审计报告.pdf', owner).expect(201)).body;
    const figures = (await company.get(`/api/projects/${code}/settlement-figures`).expect(200)).body;
    expect(figures.auditReportAttachmentId).toBe(report.id);
    await company.get(`/api/attachments/${report.id}`).expect(200);
    await otherCompany.get(`/api/attachments/${report.id}`).expect(404);
  });
});

