import { ApiProperty } from '@nestjs/swagger';
import { yuanText } from '@app/compensation';
import { ApiInstant, Dec, toShanghaiIso, type ProjectRef } from '@app/platform';
import { allocationView, AllocationView, choosingUnitView, ChoosingUnitView } from '../allocation/allocation.view.js';
import { ORDER_ALGORITHM_DESCRIPTION } from '../domain/choosing-order.js';
import { CHOOSING_ROUND_STATUS_LABELS, CHOOSING_ROUND_STATUSES, type ChoosingRoundStatus } from '../domain/resettlement-labels.js';
import type { ChoosingRound } from './choosing.entity.js';
import type { EntryRow } from './choosing.repository.js';
import type { RoundState, UnitOption } from './choosing.service.js';

/** One household's place in the published order, with what it has chosen. */
export class ChoosingEntryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer', description: '选房顺序' })
  position!: number;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ description: '案件编号（户编号）', example: 'GJ17-0012' })
  caseRef!: string;

  @ApiProperty({ description: '户主', example: '张建国' })
  householdName!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ type: 'integer', description: '签约顺序号' })
  sequenceNo!: number;

  @ApiProperty({ description: '应安置面积（m²）', example: '120.00' })
  entitlementArea!: string;

  @ApiProperty({ description: '已选面积（m²）', example: '80.00' })
  chosenArea!: string;

  @ApiProperty({ type: String, nullable: true, description: '过渡方式' })
  transitionMethod!: string | null;

  @ApiProperty({ description: '已完成选房' })
  done!: boolean;

  @ApiInstant({ nullable: true })
  doneAt!: string | null;

  @ApiProperty({ description: '轮到该户选房' })
  isNext!: boolean;

  @ApiProperty({ type: [AllocationView], description: '本轮所选房源' })
  units!: AllocationView[];
}

/** A 选房 round as published: the seed, the algorithm and its description, the order's hash. */
export class ChoosingRoundView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ example: 'XF-2026-001' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  baseId!: string;

  @ApiProperty({ example: '徐泾北城安置基地' })
  baseName!: string;

  @ApiProperty({ type: [String], example: ['GJ17'] })
  projectCodes!: string[];

  @ApiProperty({ description: '公布的种子' })
  seed!: string;

  @ApiProperty({ example: 'xj-order-v1' })
  algorithm!: string;

  @ApiProperty({ description: '排序方法说明' })
  algorithmDescription!: string;

  @ApiProperty({ description: '顺序哈希（SHA-256）' })
  orderHash!: string;

  @ApiProperty({ enum: CHOOSING_ROUND_STATUSES, enumName: 'ChoosingRoundStatus' })
  status!: ChoosingRoundStatus;

  @ApiProperty({ example: '已公布' })
  statusLabel!: string;

  @ApiInstant()
  publishedAt!: string;

  @ApiProperty()
  publishedBy!: string;

  @ApiInstant({ nullable: true })
  closedAt!: string | null;
}

export class ChoosingRoundDetailView extends ChoosingRoundView {
  @ApiProperty({ type: [ChoosingEntryView] })
  entries!: ChoosingEntryView[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '轮到选房的一户' })
  nextEntryId!: string | null;

  @ApiProperty({ type: 'integer', description: '已完成选房的户数' })
  doneCount!: number;
}

export function roundView(round: ChoosingRound, projects: ReadonlyMap<string, ProjectRef>): ChoosingRoundView {
  return {
    id: round.id,
    version: round.version,
    number: round.number,
    baseId: round.baseId,
    baseName: round.base?.name ?? '',
    projectCodes: round.projectIds.map((p) => projects.get(p)?.code ?? '').filter(Boolean),
    seed: round.seed,
    algorithm: round.algorithm,
    algorithmDescription: ORDER_ALGORITHM_DESCRIPTION,
    orderHash: round.orderHash,
    status: round.status,
    statusLabel: CHOOSING_ROUND_STATUS_LABELS[round.status],
    publishedAt: toShanghaiIso(round.publishedAt),
    publishedBy: round.publishedBy,
    closedAt: toShanghaiIso(round.closedAt),
  };
}

function entryView(e: EntryRow, state: RoundState): ChoosingEntryView {
  const units = state.held.filter((a) => a.caseId === e.caseId);
  return {
    id: e.id,
    position: e.position,
    caseId: e.caseId,
    caseRef: e.caseRef,
    householdName: e.party,
    projectCode: e.projectCode,
    sequenceNo: e.sequenceNo,
    entitlementArea: new Dec(e.entitlementArea).toFixed(2),
    chosenArea: units.reduce((sum, a) => sum.plus(a.unitRow.area), new Dec(0)).toFixed(2),
    transitionMethod: e.transitionMethod,
    done: e.doneAt !== null,
    doneAt: toShanghaiIso(e.doneAt),
    isNext: e.id === state.nextEntryId,
    units: units.map(allocationView),
  };
}

export function roundDetailView(state: RoundState): ChoosingRoundDetailView {
  return {
    ...roundView(state.round, new Map(state.projects.map((p) => [p.id, p]))),
    entries: state.entries.map((e) => entryView(e, state)),
    nextEntryId: state.nextEntryId,
    doneCount: state.entries.filter((e) => e.doneAt !== null).length,
  };
}

/** A unit the household may (or may not) take, with its 差价 preview. */
export class UnitOptionView {
  @ApiProperty({ type: ChoosingUnitView })
  unit!: ChoosingUnitView;

  @ApiProperty({ description: '选定后该户安置房总面积（m²）' })
  housingArea!: string;

  @ApiProperty({ description: '能否选定' })
  available!: boolean;

  @ApiProperty({ type: String, nullable: true, description: '不能选定的原因' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '选定后的差价（元）：正数应付被征收户，负数由被征收户补交' })
  difference!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '被征收户应补交差价 12,345.67 元' })
  summary!: string | null;

  @ApiProperty({ description: '该房源已为本户预留（排在最前）' })
  reserved!: boolean;
}

export class UnitOptionsView {
  @ApiProperty({ type: ChoosingEntryView })
  entry!: ChoosingEntryView;

  @ApiProperty({ description: '已选面积（m²）' })
  heldArea!: string;

  @ApiProperty({ type: [UnitOptionView] })
  options!: UnitOptionView[];
}

export function optionView(o: UnitOption): UnitOptionView {
  return {
    unit: choosingUnitView(o.unit),
    housingArea: o.housingArea,
    available: o.available,
    reason: o.reason,
    difference: o.differenceFen === null ? null : yuanText(o.differenceFen),
    summary: o.summary,
    reserved: o.reserved,
  };
}

export { entryView };
