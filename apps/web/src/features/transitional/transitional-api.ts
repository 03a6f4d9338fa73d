import { api, call } from '../../api/client';
import type { AccrualRunView, ClearanceView, CreateFeeBatchBody, FeeBatchDetailView, FeeBatchPage, FeeMonthView, PayFeeBatchBody, TransitionalPage } from '../../api/views';

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
