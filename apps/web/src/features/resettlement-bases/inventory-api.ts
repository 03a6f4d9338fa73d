import { api, call, download } from '../../api/client';
import type { ExportBatch, BaseDetailView, BaseView, BuildingGridView, CreateBuildingBody, UnitView, UpdateBaseBody } from '../../api/views';

export const listBases = () => call<BaseView[]>(api.GET('/api/resettlement/bases'));

export const getBase = (id: string) => call<BaseDetailView>(api.GET('/api/resettlement/bases/{id}', { params: { path: { id } } }));

export const updateBase = (id: string, body: UpdateBaseBody) => call<BaseDetailView>(api.PATCH('/api/resettlement/bases/{id}', { params: { path: { id } }, body }));

export const addBuilding = (id: string, body: CreateBuildingBody) =>
  call<BaseDetailView>(api.POST('/api/resettlement/bases/{id}/buildings', { params: { path: { id } }, body }));

export const buildingGrid = (id: string) => call<BuildingGridView>(api.GET('/api/resettlement/buildings/{id}/grid', { params: { path: { id } } }));

export const freezeUnit = (unit: Pick<UnitView, 'id' | 'version'>, reason: string) =>
  call<UnitView>(api.POST('/api/resettlement/units/{id}/freeze', { params: { path: { id: unit.id } }, body: { version: unit.version, reason } }));

export const unfreezeUnit = (unit: Pick<UnitView, 'id' | 'version'>) =>
  call<UnitView>(api.POST('/api/resettlement/units/{id}/unfreeze', { params: { path: { id: unit.id } }, body: { version: unit.version } }));

/** 导出房源清单 (of one base, or every base): asks the export pipeline for it, waits (a few seconds) and saves it. */
export async function exportInventory(base?: string): Promise<void> {
  const { id } = await call<{ id: string }>(api.POST('/api/exports', { body: { kind: 'unit-inventory', filters: base ? { base } : {} } }));
  const until = Date.now() + 60_000;
  for (;;) {
    const batch = await call<ExportBatch>(api.GET('/api/exports/{id}', { params: { path: { id } } }));
    if (batch.status === 'succeeded') break;
    if (batch.status === 'failed') throw new Error(batch.message ?? '房源清单生成失败，请稍后重试');
    if (Date.now() > until) throw new Error('房源清单仍在生成，请稍后在“导出”页面下载');
    await new Promise((r) => setTimeout(r, 500));
  }
  await download(api.GET('/api/exports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }), '安置房源清单.xlsx');
}
