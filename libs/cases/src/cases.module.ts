import { Module } from '@nestjs/common';
import { LandModule } from '@app/land';
import { CaseController } from './case/case.controller.js';
import { CaseFactsRegistry } from './case/case-facts.registry.js';
import { CaseRepository } from './case/case.repository.js';
import { CaseService } from './case/case.service.js';
import { ParcelCasesRegistrar } from './case/parcel-cases.registrar.js';

/** The case lifecycle (一户一档). */
@Module({
  imports: [LandModule],
  controllers: [CaseController],
  providers: [CaseRepository, CaseService, CaseFactsRegistry, ParcelCasesRegistrar],
  exports: [CaseService, CaseFactsRegistry],
})
export class CasesModule {}
