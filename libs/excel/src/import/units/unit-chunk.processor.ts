import { Injectable } from '@nestjs/common';
import { BaseRepository, UnitRepository, unitImportLock, type UnitWrite } from '@app/resettlement';
import { duplicateMessage } from '../../domain/first-row-wins.js';
import type { UnitImportRecord } from '../../domain/validate-row.js';
import { countWritten, emptyOutcome, reject, type WritePlan } from '../import-chunk.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['floor', 'layout', 'area', 'resettlementPrice', 'marketPrice', 'kind', 'plannedDeliveryOn', 'turnover'] as const;

const buildingKey = (baseId: string, code: string) => `${baseId}\u0000${code}`;
const unitKey = (buildingId: string, unitNo: string) => `${buildingId}\u0000${unitNo}`;

/**
 * One chunk of the units import (安置房源台账): upserts flats on (base code, 楼号, 室号) through the resettlement
 * library. The base must exist; a building it does not have yet is created (its floors the highest floor a row
 * gives). A flat held by a household (reserved, allocated or delivered) keeps its area and prices: a row that
 * would change them is rejected. A flat's status (available, frozen, held) is never changed by an import.
 */
@Injectable()
export class UnitChunkProcessor implements ChunkProcessor<UnitImportRecord> {
  constructor(
    private readonly bases: BaseRepository,
    private readonly units: UnitRepository,
  ) {}

  keyOf(record: UnitImportRecord): string[] {
    return [record.baseCode, record.buildingCode, record.unitNo];
  }

  async process(rows: PendingRow<UnitImportRecord>[], options: { dryRun: boolean }): Promise<ChunkOutcome> {
    const outcome = emptyOutcome();
    const valid: Array<{ row: PendingRow<unknown>; record: UnitImportRecord }> = [];
    for (const row of rows) {
      if (!row.result.ok) reject(outcome, row, row.result.errors.map((e) => ({ column: e.column, message: e.message })));
      else if (row.duplicateOf !== undefined) {
        const r = row.result.record;
        reject(outcome, row, [{ column: '室号', message: duplicateMessage('房源', `${r.baseCode} ${r.buildingCode} ${r.unitNo}`, row.duplicateOf) }]);
      } else valid.push({ row, record: row.result.record });
    }
    const bases = new Map((await this.bases.findByCodes([...new Set(valid.map((v) => v.record.baseCode))])).map((b) => [b.code, b]));
    const located = valid.filter(({ row, record }) => {
      if (bases.has(record.baseCode)) return true;
      reject(outcome, row, [{ column: '基地编号', message: `安置基地 ${record.baseCode} 不存在，请先在“安置基地”中新增` }]);
      return false;
    });
    const buildings = await this.buildings(located.map((l) => ({ baseId: bases.get(l.record.baseCode)!.id, record: l.record })), options.dryRun);
    const stored = new Map((await this.units.ofBuildings([...new Set(buildings.values())])).map((u) => [unitKey(u.buildingId, u.unitNo), u]));

    const plan: WritePlan<UnitWrite> = { writes: [], created: 0, updated: 0 };
    for (const { row, record } of located) {
      const baseId = bases.get(record.baseCode)!.id;
      const buildingId = buildings.get(buildingKey(baseId, record.buildingCode)) ?? null;
      const { baseCode: _base, buildingCode: _building, ...facts } = record;
      const write: UnitWrite = { ...facts, baseId, buildingId: buildingId ?? '' };
      const current = buildingId ? stored.get(unitKey(buildingId, record.unitNo)) : undefined;
      if (current && FACTS.every((f) => current[f] === write[f])) {
        outcome.unchanged += 1;
        continue;
      }
      const lock = current ? unitImportLock(current.status, current, write, `${record.baseCode} ${record.buildingCode} ${record.unitNo}`) : null;
      if (lock) {
        reject(outcome, row, [{ column: null, message: lock }]);
        continue;
      }
      if (current) plan.updated += 1;
      else plan.created += 1;
      plan.writes.push(write);
    }
    plan.writes.sort((a, b) => (a.buildingId + a.unitNo < b.buildingId + b.unitNo ? -1 : 1));
    outcome.rejections.sort((a, b) => a.rowNumber - b.rowNumber);
    if (options.dryRun) return countWritten(outcome, plan, null);
    return countWritten(outcome, plan, await this.units.upsert(plan.writes));
  }

  /**
   * The building id of every (base, 楼号) the rows name. A real run creates the missing ones (and raises
   * floors); a dry run only reads, leaving a missing building out (its flats count as created).
   */
  private async buildings(rows: Array<{ baseId: string; record: UnitImportRecord }>, dryRun: boolean): Promise<Map<string, string>> {
    const wanted = new Map<string, { baseId: string; code: string; floors: number; plannedDeliveryOn: string | null }>();
    for (const { baseId, record } of rows) {
      const key = buildingKey(baseId, record.buildingCode);
      const seen = wanted.get(key);
      wanted.set(key, { baseId, code: record.buildingCode, floors: Math.max(seen?.floors ?? 0, record.floor), plannedDeliveryOn: seen?.plannedDeliveryOn ?? record.plannedDeliveryOn });
    }
    const found = dryRun
      ? await this.bases.buildingsOfBases([...new Set(rows.map((r) => r.baseId))])
      : await this.bases.ensureBuildings([...wanted.values()].sort((a, b) => (buildingKey(a.baseId, a.code) < buildingKey(b.baseId, b.code) ? -1 : 1)));
    return new Map(found.map((b) => [buildingKey(b.baseId, b.code), b.id]));
  }
}

