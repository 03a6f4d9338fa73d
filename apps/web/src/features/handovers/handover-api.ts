import { api, call, download } from '../../api/client';
import type { CreateHandoverBody, ExportBatch, HandoverReadinessView, HandoverSummaryView, HandoverView, Page } from '../../api/views';

export const handoverSummary = (project: string) =>
  call<HandoverSummaryView>(api.GET('/api/projects/{code}/handover-summary', { params: { path: { code: project } } }));

export const handoverReadiness = (project: string, parcel: string) =>
  call<HandoverReadinessView>(api.GET('/api/projects/{code}/parcels/{parcelCode}/handover-readiness', { params: { path: { code: project, parcelCode: parcel } } }));

export const listHandovers = (project: string) =>
  call<Page<HandoverView>>(api.GET('/api/projects/{code}/handovers', { params: { path: { code: project }, query: { page: 1, pageSize: 100 } } }));

export const getHandover = (id: string) => call<HandoverView>(api.GET('/api/handovers/{id}', { params: { path: { id } } }));

export const createHandover = (project: string, body: CreateHandoverBody) =>
  call<HandoverView>(api.POST('/api/projects/{code}/handovers', { params: { path: { code: project } }, body }));

export const acceptHandover = (h: Pick<HandoverView, 'id' | 'version'>) =>
  call<HandoverView>(api.POST('/api/handovers/{id}/accept', { params: { path: { id: h.id } }, body: { version: h.version } }));

export const returnHandover = (h: Pick<HandoverView, 'id' | 'version'>, reason: string) =>
  call<HandoverView>(api.POST('/api/handovers/{id}/return', { params: { path: { id: h.id } }, body: { version: h.version, reason } }));

/** 打印移交单: asks the export pipeline for the certificate, waits for it (a few seconds at most) and saves it. */
export async function printCertificate(handoverId: string): Promise<void> {
  const { id } = await call<{ id: string }>(api.POST('/api/exports', { body: { kind: 'handover-certificate', filters: { handover: handoverId } } }));
  const until = Date.now() + 60_000;
  for (;;) {
    const batch = await call<ExportBatch>(api.GET('/api/exports/{id}', { params: { path: { id } } }));
    if (batch.status === 'succeeded') break;
    if (batch.status === 'failed') throw new Error(batch.message ?? '移交单生成失败，请稍后重试');
    if (Date.now() > until) throw new Error('移交单仍在生成，请稍后在“导出”页面下载');
    await new Promise((r) => setTimeout(r, 500));
  }
  await download(api.GET('/api/exports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }), '移交单.xlsx');
}
