import { api, call } from '../../api/client';
import type { BaseDetailView, BaseView, BuildingGridView, CreateBuildingBody, UnitView, UpdateBaseBody } from '../../api/views';

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
