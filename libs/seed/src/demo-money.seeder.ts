import { Injectable } from '@nestjs/common';
import { SchemeService, SignedHistoryLoader } from '@app/compensation';
import { demoMoneyPlan, demoScheme } from './domain/demo-money.js';
import type { DemoData } from './domain/demo-types.js';

/** The demo's money through the compensation library: a published scheme per project, then every signed case's calculation, agreement and payment. */
@Injectable()
export class DemoMoneySeeder {
  constructor(
    private readonly schemes: SchemeService,
    private readonly signed: SignedHistoryLoader,
  ) {}

  /** Call inside the seed's transaction, after the cases and their histories are loaded. */
  async seed(data: DemoData): Promise<void> {
    for (const project of data.projects) {
      const draft = await this.schemes.create(project.code, demoScheme(project.name));
      await this.schemes.publish(draft.id);
    }
    await this.signed.load(demoMoneyPlan(data));
  }
}
