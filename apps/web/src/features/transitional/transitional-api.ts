import { api, call, download } from '../../api/client';
import type { AccrualRunView, ExportBatch, ClearanceView, CreateFeeBatchBody, FeeBatchDetailView, FeeBatchPage, FeeMonthView, PayFeeBatchBody, TransitionalPage } from '../../api/views';

export interface StockFilter {
  project?: string;
  base?: string;
  since?: string;
  page: number;
  pageSize: number;
}

export const transitionalStock = (filter: StockFilter) => call<TransitionalPage>(api.GET('/api/resettlement/transitional', { params: { query: filter } }));

export const clearance = (project?: string) => call<ClearanceView>(api.GET('/api/resettlement/transitional/clearance', { params: { query: { project } } }));

export const caseFeeMonths = (caseId: string) => call<FeeMonthView[]>(api.GET('/api/cases/{id}/transitional-fees', { params: { path: { id: caseId } } }));

export const runAccrual = (throughMonth?: string) => call<AccrualRunView>(api.POST('/api/resettlement/accruals/run', { body: { throughMonth } }));

export const listFeeBatches = (project?: string) =>
  call<FeeBatchPage>(api.GET('/api/resettlement/fee-batches', { params: { query: { project, page: 1, pageSize: 100 } } }));

export const getFeeBatch = (id: string) => call<FeeBatchDetailView>(api.GET('/api/resettlement/fee-batches/{id}', { params: { path: { id } } }));

export const createFeeBatch = (body: CreateFeeBatchBody) => call<FeeBatchDetailView>(api.POST('/api/resettlement/fee-batches', { body }));

/** Pays a batch under the key the dialog generated when it opened: a repeated click is the same payment. */
export const payFeeBatch = (id: string, key: string, body: PayFeeBatchBody) =>
  call<FeeBatchDetailView>(api.POST('/api/resettlement/fee-batches/{id}/pay', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body }));

/** 导出支付清单: asks the export pipeline for the batch's payment list, waits for it and saves it. */
export async function exportFeeBatch(batchId: string, number: string): Promise<void> {
  const { id } = await call<{ id: string }>(api.POST('/api/exports', { body: { kind: 'transitional-fee-batch', filters: { feeBatch: batchId } } }));
  const until = Date.now() + 60_000;
  for (;;) {
    const batch = await call<ExportBatch>(api.GET('/api/exports/{id}', { params: { path: { id } } }));
    if (batch.status === 'succeeded') break;
    if (batch.status === 'failed') throw new Error(batch.message ?? '支付清单生成失败，请稍后重试');
    if (Date.now() > until) throw new Error('支付清单仍在生成，请稍后在“导出”页面下载');
    await new Promise((r) => setTimeout(r, 500));
  }
  await download(api.GET('/api/exports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }), `过渡费支付清单-${number}.xlsx`);
}
