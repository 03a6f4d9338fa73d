import { Injectable, OnModuleInit } from '@nestjs/common';
import { ParcelCasesRegistry } from '@app/land';
import { CaseRepository } from './case.repository.js';

/** Tells the land library how far a parcel's cases have got (a parcel is handed over only when all are settled). */
@Injectable()
export class ParcelCasesRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: ParcelCasesRegistry,
    private readonly cases: CaseRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register((parcelIds) => this.cases.countOnParcels(parcelIds));
  }
}
