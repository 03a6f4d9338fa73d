import { Injectable, OnModuleInit } from '@nestjs/common';
import { AttachmentOwners, HandoverHoldsRegistry, TOWN_WIDE } from '@app/company';
import { currentActor } from '@app/platform';
import { RECTIFICATION_READERS } from './domain/violation-rules.js';
import { ViolationService } from './violation.service.js';

/** The owner type of a violation's evidence (photos, notices, documents). */
export const VIOLATION_OWNER = 'rectification_violation';

const reads = () => currentActor().roles.some((r) => (RECTIFICATION_READERS as readonly string[]).includes(r));

/**
 * Registers the register's records with the company library: a violation owns evidence attachments (seen by those who
 * see the violation, attached by those who may write it; the company sees none), and the open violations on a parcel
 * hold its handover (移交) back.
 */
@Injectable()
export class ViolationOwners implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly holds: HandoverHoldsRegistry,
    private readonly violations: ViolationService,
  ) {}

  onModuleInit(): void {
    this.owners.register(VIOLATION_OWNER, {
      label: '违法行为',
      attachers: ['officer', 'admin'],
      readers: RECTIFICATION_READERS,
      // Visibility is the register's own (projects' parcels and their villages), not the project rule: the record
      // answers as town-wide once the register lets the caller see it — and an officer writes all they see.
      projectOf: async (id) => (reads() && (await this.violations.visibleProjectOf(id)) ? TOWN_WIDE : null),
    });
    this.holds.register({ kind: 'rectification', holdsOn: (parcelId) => this.violations.holdsOn(parcelId) });
  }
}
