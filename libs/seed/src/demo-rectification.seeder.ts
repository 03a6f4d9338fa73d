import { Injectable } from '@nestjs/common';
import { ViolationService } from '@app/land-admin';
import { demoRectificationPlan } from './domain/demo-rectification.js';
import type { DemoData } from './domain/demo-types.js';

/** The demo's 综合整治 register of 2013 through the rectification library. */
@Injectable()
export class DemoRectificationSeeder {
  constructor(private readonly violations: ViolationService) {}

  /** Call inside the seed's transaction, after the parcels, households and handovers. */
  seed(data: DemoData): Promise<void> {
    return this.violations.loadRecords(demoRectificationPlan(data));
  }
}
