import { Module } from '@nestjs/common';
import { CompanyModule } from '@app/company';
import { LandModule } from '@app/land';
import { SubjectsModule } from '@app/subjects';
import { ViolationOwners } from './violation-owners.registrar.js';
import { RectificationLedgerSource } from './rectification-ledger.source.js';
import { ViolationController } from './violation.controller.js';
import { ViolationRepository } from './violation.repository.js';
import { ViolationService } from './violation.service.js';

/** 综合整治: the register of illegal land use, illegal buildings and construction-waste dumping. */
@Module({
  imports: [LandModule, SubjectsModule, CompanyModule],
  controllers: [ViolationController],
  providers: [ViolationRepository, ViolationService, ViolationOwners, RectificationLedgerSource],
  exports: [ViolationService, RectificationLedgerSource],
})
export class RectificationModule {}
