import { Module } from '@nestjs/common';
import { LandModule } from '@app/land';
import { CASE_TRANSITION_TABLE } from './cases.constants.js';
import { CaseController } from './case/case.controller.js';
import { CaseGuardRegistry } from './case/case-guard.registry.js';
import { CaseListenerRegistry } from './case/case-listener.registry.js';
import { CaseRepository } from './case/case.repository.js';
import { CaseService } from './case/case.service.js';
import { ParcelCasesRegistrar } from './case/parcel-cases.registrar.js';
import { CASE_TRANSITIONS } from './domain/case-lifecycle.js';

/** The case lifecycle (一户一档). */
@Module({
  imports: [LandModule],
  controllers: [CaseController],
  providers: [
    CaseRepository,
    CaseService,
    CaseGuardRegistry,
    CaseListenerRegistry,
    ParcelCasesRegistrar,
    // A copy per application: a test may stand in a table of its own without touching the shared one.
    { provide: CASE_TRANSITION_TABLE, useFactory: () => [...CASE_TRANSITIONS] },
  ],
  exports: [CaseService, CaseGuardRegistry, CaseListenerRegistry],
})
export class CasesModule {}
