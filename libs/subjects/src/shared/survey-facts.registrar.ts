import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseGuardRegistry, surveyIncomplete, type SubjectType } from '@app/cases';
import { EnterpriseService } from '../enterprise/enterprise.service.js';
import { FacilityService } from '../facility/facility.service.js';
import { HouseholdService } from '../household/household.service.js';
import { LegacyBaseService } from '../legacy-base/legacy-base.service.js';

/** Registers the 完成摸底 guard with the case lifecycle: every required survey fact of the case's subject is there. */
@Injectable()
export class SurveyFactsRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: CaseGuardRegistry,
    private readonly households: HouseholdService,
    private readonly enterprises: EnterpriseService,
    private readonly facilities: FacilityService,
    private readonly legacyBases: LegacyBaseService,
  ) {}

  onModuleInit(): void {
    const missing: Record<SubjectType, (id: string) => Promise<string[]>> = {
      household: (id) => this.households.missingSurveyFacts(id),
      enterprise: (id) => this.enterprises.missingSurveyFacts(id),
      facility: (id) => this.facilities.missingSurveyFacts(id),
      legacy_base: (id) => this.legacyBases.missingSurveyFacts(id),
    };
    this.registry.register('surveyComplete', async (c) => surveyIncomplete(await missing[c.subjectType](c.subjectId)));
  }
}
