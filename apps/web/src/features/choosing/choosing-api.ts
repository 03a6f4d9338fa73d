import { api, call, download } from '../../api/client';
import type {
  AllocationView,
  ChoosingBaseView,
  ChoosingRoundDetailView,
  ChoosingRoundView,
  CreateAllocationBody,
  CreateChoosingRoundBody,
  CreateReservationBody,
  DeliverAllocationBody,
  ExportBatch,
  UnitOptionsView,
} from '../../api/views';

export const listBases = () => call<ChoosingBaseView[]>(api.GET('/api/resettlement/choosing-bases'));

export const listRounds = (project?: string) =>
  call<ChoosingRoundView[]>(api.GET('/api/resettlement/choosing-rounds', { params: { query: project ? { project } : {} } }));

export const getRound = (id: string) =>
  call<ChoosingRoundDetailView>(api.GET('/api/resettlement/choosing-rounds/{id}', { params: { path: { id } } }));

export const publishRound = (body: CreateChoosingRoundBody) =>
  call<ChoosingRoundDetailView>(api.POST('/api/resettlement/choosing-rounds', { body }));

export const closeRound = (r: Pick<ChoosingRoundView, 'id' | 'version'>) =>
  call<ChoosingRoundDetailView>(
    api.POST('/api/resettlement/choosing-rounds/{id}/close', { params: { path: { id: r.id } }, body: { version: r.version } }),
  );

export const finishEntry = (roundId: string, entryId: string) =>
  call<ChoosingRoundDetailView>(
    api.POST('/api/resettlement/choosing-rounds/{id}/entries/{entryId}/finish', { params: { path: { id: roundId, entryId } } }),
  );

export const unitOptions = (roundId: string, entryId: string, filter: { building?: string; layout?: string }) =>
  call<UnitOptionsView>(
    api.GET('/api/resettlement/choosing-rounds/{id}/entries/{entryId}/options', {
      params: { path: { id: roundId, entryId }, query: { building: filter.building || undefined, layout: filter.layout || undefined } },
    }),
  );

export const allocate = (body: CreateAllocationBody) => call<AllocationView>(api.POST('/api/resettlement/allocations', { body }));

export const reserveUnit = (body: CreateReservationBody) => call<AllocationView>(api.POST('/api/resettlement/reservations', { body }));

export const releaseAllocation = (a: Pick<AllocationView, 'id' | 'version'>, reason: string) =>
  call<AllocationView>(
    api.POST('/api/resettlement/allocations/{id}/release', { params: { path: { id: a.id } }, body: { reason, version: a.version } }),
  );

export const deliverAllocation = (id: string, body: DeliverAllocationBody) =>
  call<AllocationView>(api.POST('/api/resettlement/allocations/{id}/deliver', { params: { path: { id } }, body }));

export const allocationsOfCase = (caseId: string) =>
  call<AllocationView[]>(api.GET('/api/cases/{id}/allocations', { params: { path: { id: caseId } } }));

/** 导出选房顺序表: asks the export pipeline for the published order, waits for it and saves it. */
export async function exportOrder(round: Pick<ChoosingRoundView, 'id' | 'number'>): Promise<void> {
  const { id } = await call<{ id: string }>(api.POST('/api/exports', { body: { kind: 'choosing-order', filters: { round: round.id } } }));
  const until = Date.now() + 60_000;
  for (;;) {
    const batch = await call<ExportBatch>(api.GET('/api/exports/{id}', { params: { path: { id } } }));
    if (batch.status === 'succeeded') break;
    if (batch.status === 'failed') throw new Error(batch.message ?? '选房顺序表生成失败，请稍后重试');
    if (Date.now() > until) throw new Error('选房顺序表仍在生成，请稍后在“导出”页面下载');
    await new Promise((r) => setTimeout(r, 500));
  }
  await download(api.GET('/api/exports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }), `选房顺序表-${round.number}.xlsx`);
}
