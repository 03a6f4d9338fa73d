import { Injectable } from '@nestjs/common';
import type { CaseFile } from '@app/cases';
import {
  EnterpriseBulkRepository,
  EnterpriseService,
  FacilityService,
  HouseholdBulkRepository,
  HouseholdService,
  LegacyBaseService,
  type EnterpriseCalculationFacts,
  type HouseholdCalculationFacts,
} from '@app/subjects';
import type { AreaKind, HouseholdFlag } from '../domain/scheme.js';
import type { SubjectFacts } from '../domain/subject-facts.js';

/** The facts of a subject that are its own (not the date or the agreed amounts of one calculation). */
export type OwnFacts = Omit<SubjectFacts, 'asOf' | 'signedOn' | 'agreed'>;

/** Sorted-key JSON: jsonb does not keep key order, so stored and fresh facts compare by this. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The subject's own facts of a calculation snapshot, for comparing with the subject as it is now. */
export function ownFacts(facts: SubjectFacts): OwnFacts {
  const { asOf: _asOf, signedOn: _signedOn, agreed: _agreed, ...own } = facts;
  return own;
}

const areas = (entries: Array<[AreaKind, string | null]>): Partial<Record<AreaKind, string>> =>
  Object.fromEntries(entries.filter((e): e is [AreaKind, string] => e[1] !== null && e[1] !== undefined));

/** The household columns a calculation reads (as the subjects library answers them). */
export type HouseholdFactColumns = Omit<HouseholdCalculationFacts, 'id' | 'recognisedPersons'>;

/** The enterprise columns a calculation reads. */
export type EnterpriseFactColumns = Omit<EnterpriseCalculationFacts, 'id'>;

/** A household's own facts from its columns and its number of recognised members (one rule for one case and for many). */
export function householdFacts(h: HouseholdFactColumns, recognisedPersons: number): OwnFacts {
  const flags: HouseholdFlag[] = [];
  if (h.lowIncome) flags.push('low_income');
  if (h.disabled) flags.push('disabled');
  if (h.onlyChild) flags.push('only_child');
  return {
    kind: 'household',
    areas: areas([
      ['certified', h.certifiedArea],
      ['surveyed', h.surveyedArea],
      ['recognised', h.recognisedArea],
      ['licensed', h.licensedArea],
      ['unlicensed', h.unlicensedArea],
      ['homestead', h.homesteadArea],
    ]),
    structure: h.structure,
    yearBuilt: h.yearBuilt,
    recognisedPersons,
    flags,
  };
}

/** An enterprise's own facts from its columns. */
export function enterpriseFacts(e: EnterpriseFactColumns): OwnFacts {
  return { kind: 'enterprise', areas: areas([['licensed', e.buildingArea]]), months: e.suspensionMonths, monthlyFigure: e.monthlyLoss };
}

/**
 * Reads the facts a calculation needs from the subjects library (its owner): a household's areas of
 * every kind kept apart, structure, year built, flags and its recognised persons (members with a
 * recognition basis, never the raw 户籍人数); an enterprise's building area and 停产停业 figures.
 * Facilities and legacy bases are compensated by agreed amounts given with the calculation.
 */
@Injectable()
export class SubjectFactsReader {
  constructor(
    private readonly households: HouseholdService,
    private readonly enterprises: EnterpriseService,
    private readonly facilities: FacilityService,
    private readonly legacyBases: LegacyBaseService,
    private readonly householdsBulk: HouseholdBulkRepository,
    private readonly enterprisesBulk: EnterpriseBulkRepository,
  ) {}

  /** Who the agreement is made with (户主, the enterprise, the facility's owner unit, the base) and the subject's code. */
  async partyOf(caseFile: Pick<CaseFile, 'subjectType' | 'subjectId'>): Promise<{ party: string; code: string }> {
    switch (caseFile.subjectType) {
      case 'household': {
        const { household } = await this.households.get(caseFile.subjectId);
        return { party: household.headName, code: household.code };
      }
      case 'enterprise': {
        const e = await this.enterprises.get(caseFile.subjectId);
        return { party: e.name, code: e.code };
      }
      case 'facility': {
        const f = await this.facilities.get(caseFile.subjectId);
        return { party: f.ownerUnit, code: f.code };
      }
      case 'legacy_base': {
        const b = await this.legacyBases.get(caseFile.subjectId);
        return { party: b.name, code: b.code };
      }
    }
  }

  async read(caseFile: Pick<CaseFile, 'subjectType' | 'subjectId'>): Promise<OwnFacts> {
    if (caseFile.subjectType === 'household') {
      const { household: h, members } = await this.households.get(caseFile.subjectId);
      return householdFacts(h, members.filter((m) => m.recognitionBasis !== null).length);
    }
    if (caseFile.subjectType === 'enterprise') return enterpriseFacts(await this.enterprises.get(caseFile.subjectId));
    return { kind: caseFile.subjectType };
  }

  /**
   * The own facts of many subjects, keyed by subject id: one query for the households and one for the
   * enterprises (the subjects library's bulk reads), built by the same rules as `read`.
   */
  async readMany(subjects: ReadonlyArray<Pick<CaseFile, 'subjectType' | 'subjectId'>>): Promise<Map<string, OwnFacts>> {
    const ids = (type: CaseFile['subjectType']) => subjects.filter((s) => s.subjectType === type).map((s) => s.subjectId);
    const [households, enterprises] = await Promise.all([this.householdsBulk.calculationFacts(ids('household')), this.enterprisesBulk.calculationFacts(ids('enterprise'))]);
    const facts = new Map<string, OwnFacts>();
    for (const s of subjects) if (s.subjectType === 'facility' || s.subjectType === 'legacy_base') facts.set(s.subjectId, { kind: s.subjectType });
    for (const h of households) facts.set(h.id, householdFacts(h, h.recognisedPersons));
    for (const e of enterprises) facts.set(e.id, enterpriseFacts(e));
    return facts;
  }
}
