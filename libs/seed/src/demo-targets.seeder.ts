import { Injectable } from '@nestjs/common';
import { TargetRepository } from '@app/targets';
import { DEMO_ENTRY_MARK, DEMO_TARGET_YEAR, DEMO_TARGETS } from './domain/demo-targets.js';

/**
 * The 2013 plan's annual targets (年度目标 / 实事工程), after the resettlement seeders: the 536 households' target counts
 * the tracks the transitional seeder derived (nothing stored here but the target), the manual ones get their demo
 * progress entries.
 */
@Injectable()
export class DemoTargetsSeeder {
  constructor(private readonly targets: TargetRepository) {}

  /** The seeded time node of that name (the milestones seeder runs before this one). */
  private async milestoneIdOf(name: string): Promise<string> {
    const id = await this.targets.milestoneIdByName(name);
    if (!id) throw new Error(`demo milestone ${name} missing: seed the milestones first`);
    return id;
  }

  /** Call inside the seed's transaction, after the transitional and the milestones seeders. */
  async seed(): Promise<void> {
    for (const [position, t] of DEMO_TARGETS.entries()) {
      const target = await this.targets.insert({
        year: DEMO_TARGET_YEAR,
        name: t.name,
        measure: t.measure,
        targetValue: t.targetValue,
        unit: t.unit,
        projectIds: [],
        baseIds: [],
        milestoneId: t.milestoneName ? await this.milestoneIdOf(t.milestoneName) : null,
        position: position + 1,
        createdBy: 'admin',
      });
      for (const [enteredOn, value, note] of t.entries) {
        await this.targets.insertEntry({
          targetId: target.id,
          enteredOn,
          value,
          note: `${note}${DEMO_ENTRY_MARK}`,
          evidenceAttachmentId: null,
          recordedBy: 'leader',
        });
      }
    }
  }
}
