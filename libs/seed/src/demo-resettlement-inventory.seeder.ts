import { Injectable } from '@nestjs/common';
import { BaseRepository, UnitRepository } from '@app/resettlement';
import { demoInventoryPlan } from './domain/demo-inventory.js';

/** The demo's 安置基地, buildings and flats through the resettlement library, in bulk (a few multi-row inserts). */
@Injectable()
export class DemoResettlementInventorySeeder {
  constructor(
    private readonly bases: BaseRepository,
    private readonly units: UnitRepository,
  ) {}

  /** Call inside the seed's transaction; the demo's allocations and deliveries come after it. */
  async seed(): Promise<void> {
    const plan = demoInventoryPlan();
    await this.bases.insertLoaded(plan.bases, plan.buildings);
    await this.units.insertLoaded(plan.units);
  }
}
