import { Injectable, OnModuleInit } from '@nestjs/common';
import { ParcelCasesRegistry, ParcelService } from '@app/land';
import { CaseGuardRegistry } from './case-guard.registry.js';
import { CaseRepository } from './case.repository.js';

/**
 * Between cases and parcels: tells the land library how far a parcel's cases have got (a parcel is
 * handed over only when all are settled), and registers the 完成移交 guard (the case's parcel is
 * handed over) — the land library cannot, as it does not depend on the cases library.
 */
@Injectable()
export class ParcelCasesRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: ParcelCasesRegistry,
    private readonly guards: CaseGuardRegistry,
    private readonly parcels: ParcelService,
    private readonly cases: CaseRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register((parcelIds) => this.cases.countOnParcels(parcelIds));
    this.guards.register('parcelHandedOver', async (caseFile) =>
      (await this.parcels.findById(caseFile.parcelId))?.status === 'handed_over' ? null : '所在地块尚未移交，案件不能标记为已移交',
    );
  }
}
