import { Injectable } from '@nestjs/common';
import { UserActors } from '@app/identity';
import { BaseRepository } from '@app/resettlement';
import { MilestoneRepository } from '@app/targets';
import { demoMilestonePlan } from './domain/demo-milestones.js';
import type { DemoData } from './domain/demo-types.js';
import { DEMO_USERS } from './domain/demo-users.js';

/** The demo's advancement plan (时间节点) through the targets library, after the bases, handovers and users. */
@Injectable()
export class DemoMilestonesSeeder {
  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly bases: BaseRepository,
    private readonly users: UserActors,
  ) {}

  /** Call inside the seed's transaction, after the users exist (the officer is responsible for the town's nodes). */
  async seed(data: DemoData): Promise<void> {
    const bases = await this.bases.findByCodes(['EL', 'JL', 'MZ']);
    const officerId = await this.users.idOfUsername('officer');
    const projectCodes = DEMO_USERS.find((u) => u.username === 'officer')?.projects ?? [];
    await this.milestones.insertLoaded(demoMilestonePlan(data, bases, officerId ? { id: officerId, projectCodes } : null));
  }
}
