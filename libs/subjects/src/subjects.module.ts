import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { LandModule } from '@app/land';
import { EnterpriseBulkRepository } from './enterprise/enterprise-bulk.repository.js';
import { EnterpriseController } from './enterprise/enterprise.controller.js';
import { EnterpriseRepository } from './enterprise/enterprise.repository.js';
import { EnterpriseService } from './enterprise/enterprise.service.js';
import { FacilityController } from './facility/facility.controller.js';
import { FacilityRepository } from './facility/facility.repository.js';
import { FacilityService } from './facility/facility.service.js';
import { DuplicateHeadController } from './household/duplicate-heads/duplicate-head.controller.js';
import { DuplicateHeadRepository } from './household/duplicate-heads/duplicate-head.repository.js';
import { DuplicateHeadService } from './household/duplicate-heads/duplicate-head.service.js';
import { HouseholdBulkRepository } from './household/household-bulk.repository.js';
import { HouseholdController } from './household/household.controller.js';
import { HouseholdRepository } from './household/household.repository.js';
import { HouseholdService } from './household/household.service.js';
import { LegacyBaseController } from './legacy-base/legacy-base.controller.js';
import { LegacyBaseRepository } from './legacy-base/legacy-base.repository.js';
import { LegacyBaseService } from './legacy-base/legacy-base.service.js';
import { SubjectWriter } from './shared/subject-writer.js';
import { SurveyFactsRegistrar } from './shared/survey-facts.registrar.js';

/** Households (and members), enterprises, municipal facilities, legacy bases. */
@Module({
  imports: [LandModule, CasesModule],
  // DuplicateHeadController first: its `households/duplicate-heads` must match before `households/:id`.
  controllers: [DuplicateHeadController, HouseholdController, EnterpriseController, FacilityController, LegacyBaseController],
  providers: [
    SubjectWriter,
    SurveyFactsRegistrar,
    HouseholdRepository,
    HouseholdService,
    DuplicateHeadRepository,
    DuplicateHeadService,
    EnterpriseRepository,
    EnterpriseService,
    FacilityRepository,
    FacilityService,
    LegacyBaseRepository,
    LegacyBaseService,
    HouseholdBulkRepository,
    EnterpriseBulkRepository,
  ],
  // The bulk repositories are how the imports write households and enterprises (one owner per table).
  exports: [HouseholdService, EnterpriseService, FacilityService, LegacyBaseService, HouseholdBulkRepository, EnterpriseBulkRepository],
})
export class SubjectsModule {}
