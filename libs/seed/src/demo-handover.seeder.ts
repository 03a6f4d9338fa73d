import { Injectable } from '@nestjs/common';
import { HandoverService } from '@app/company';
import { demoHandoverPlan } from './domain/demo-handover.js';
import type { DemoData } from './domain/demo-types.js';

/** The demo's 移交单 through the company library: the accepted record behind every handed-over parcel, and one waiting for the company. */
@Injectable()
export class DemoHandoverSeeder {
  constructor(private readonly handovers: HandoverService) {}

  /** Call inside the seed's transaction, after the cases and their money. */
  seed(data: DemoData): Promise<void> {
    return this.handovers.loadRecords(demoHandoverPlan(data));
  }
}
