import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseFactsRegistry } from '@app/cases';
import { EnterpriseService } from '../enterprise/enterprise.service.js';
import { FacilityService } from '../facility/facility.service.js';
import { HouseholdService } from '../household/household.service.js';
import { LegacyBaseService } from '../legacy-base/legacy-base.service.js';

/** Tells the case lifecycle how to find each kind's missing survey facts (the 完成摸底 guard). */
@Injectable()
export class SurveyFactsRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: CaseFactsRegistry,
    private readonly households: HouseholdService,
    private readonly enterprises: EnterpriseService,
    private readonly facilities: FacilityService,
    private readonly legacyBases: LegacyBaseService,
  ) {}

  onModuleInit(): void {
    this.registry.register('household', (id) => this.households.missingSurveyFacts(id));
    this.registry.register('enterprise', (id) => this.enterprises.missingSurveyFacts(id));
    this.registry.register('facility', (id) => this.facilities.missingSurveyFacts(id));
    this.registry.register('legacy_base', (id) => this.legacyBases.missingSurveyFacts(id));
  }
}
