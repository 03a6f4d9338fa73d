import { ForbiddenException, Injectable } from '@nestjs/common';
import { canUnmaskPersonalData, maskIdNumber, maskPhone, noteChange, visibleProjectIds } from '@app/platform';
import { missingHouseholdFacts } from '../domain/survey-facts.js';
import type { ListPage, SubjectRecord } from '../shared/subject.repository.js';
import { areaColumn, SubjectWriter, type RelatedChange, type SubjectKind } from '../shared/subject-writer.js';
import { CreateHouseholdDto } from './dto/create-household.dto.js';
import { DuplicateHeadService } from './duplicate-heads/duplicate-head.service.js';
import type { HouseholdFilters } from './dto/list-households.query.js';
import { UpdateHouseholdDto } from './dto/update-household.dto.js';
import { HouseholdMember } from './household-member.entity.js';
import { HouseholdRepository, type MemberInput } from './household.repository.js';
import { Household } from './household.entity.js';

export type HouseholdRecord = SubjectRecord<Household>;
export type HouseholdWithMembers = { household: HouseholdRecord; members: HouseholdMember[] };

/** Normalised column values from a create or update body (`undefined` = not given). */
function householdColumns(dto: Partial<CreateHouseholdDto>): Partial<Household> {
  return {
    code: dto.code,
    village: dto.village,
    group: dto.group,
    headName: dto.headName,
    headIdNumber: dto.headIdNumber,
    duplicateHeadReason: dto.duplicateHeadReason,
    phone: dto.phone,
    registeredPersons: dto.registeredPersons,
    homesteadArea: areaColumn(dto.homesteadArea),
    licensedArea: areaColumn(dto.licensedArea),
    // No unlicensed building is an area of zero, never "unknown".
    unlicensedArea: dto.unlicensedArea === null ? '0.00' : areaColumn(dto.unlicensedArea),
    certifiedArea: areaColumn(dto.certifiedArea),
    surveyedArea: areaColumn(dto.surveyedArea),
    recognisedArea: areaColumn(dto.recognisedArea),
    lowIncome: dto.lowIncome,
    disabled: dto.disabled,
    onlyChild: dto.onlyChild,
    structure: dto.structure,
    yearBuilt: dto.yearBuilt,
    surveyedOn: dto.surveyedOn,
    remarks: dto.remarks,
  } as Partial<Household>;
}

function memberInputs(members: CreateHouseholdDto['members']): MemberInput[] {
  return (members ?? []).map((m) => ({
    name: m.name,
    idNumber: m.idNumber ?? null,
    relation: m.relation,
    recognitionBasis: m.recognitionBasis ?? null,
    recognitionEvidence: m.recognitionEvidence ?? null,
  }));
}

const sameMembers = (a: MemberInput[], b: MemberInput[]) =>
  a.length === b.length &&
  a.every((m, i) => (['name', 'idNumber', 'relation', 'recognitionBasis', 'recognitionEvidence'] as const).every((k) => m[k] === b[i]![k]));

/** Members as the audit trail records them: ID numbers masked. */
const membersForAudit = (members: MemberInput[]) => members.map((m) => ({ ...m, idNumber: maskIdNumber(m.idNumber) }));

@Injectable()
export class HouseholdService {
  private readonly kind: SubjectKind<Household>;

  constructor(
    private readonly households: HouseholdRepository,
    private readonly writer: SubjectWriter,
    duplicateHeads: DuplicateHeadService,
  ) {
    this.kind = {
      type: 'household',
      noun: '该户',
      codeLabel: '户编号',
      repository: households,
      // The 一人多户 reason explains the record; it is no survey fact.
      contactFields: ['phone', 'remarks', 'duplicateHeadReason'],
      auditMasks: { headIdNumber: maskIdNumber, phone: maskPhone },
      // A new head (or a changed one) who already heads another household of the project needs a reason.
      checkWrite: async ({ projectId, subjectId, fields, changes }) => {
        if (changes.headIdNumber === undefined) return;
        await duplicateHeads.check({ projectId, householdId: subjectId, headIdNumber: changes.headIdNumber, reason: fields.duplicateHeadReason });
      },
    };
  }

  /** One page of the households the caller may see, with their case status and members. */
  async list(query: HouseholdFilters): Promise<ListPage<HouseholdWithMembers>> {
    const page = await this.households.findPage(query, visibleProjectIds());
    return { ...page, items: page.items.map((household) => ({ household, members: household.members ?? [] })) };
  }

  /** A household with its members, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<HouseholdWithMembers> {
    const household = await this.writer.get(this.kind, id);
    return { household, members: await this.households.findMembers(id) };
  }

  /** Records a surveyed household with its members and opens its case. */
  async create(dto: CreateHouseholdDto): Promise<HouseholdWithMembers> {
    const columns = { ...householdColumns(dto), code: dto.code };
    const members = memberInputs(dto.members);
    const id = await this.writer.create(this.kind, dto, columns, {
      field: 'members',
      audit: membersForAudit(members),
      apply: (householdId) => this.households.replaceMembers(householdId, members),
    });
    return this.get(id);
  }

  /** Changes a household (optimistic lock on `version`); `members`, when given, replaces the list. */
  async update(id: string, dto: UpdateHouseholdDto): Promise<HouseholdWithMembers> {
    let related: RelatedChange<Household> | undefined;
    if (dto.members !== undefined) {
      const members = memberInputs(dto.members);
      related = {
        field: 'members',
        compare: async (current) => {
          const stored = await this.households.findMembers(current.id);
          return { differs: !sameMembers(stored, members), before: membersForAudit(stored), after: membersForAudit(members) };
        },
        apply: (householdId) => this.households.replaceMembers(householdId, members),
      };
    }
    await this.writer.update(this.kind, id, { version: dto.version, parcelCode: dto.parcelCode, fields: householdColumns(dto), related });
    return this.get(id);
  }

  /**
   * The household with its personal data for showing in full: only for those holding `pii:read`
   * in its project (403 otherwise; 404 outside the caller's projects). The reason goes to the audit trail.
   */
  async unmask(id: string, reason: string): Promise<HouseholdWithMembers> {
    const found = await this.get(id);
    if (!canUnmaskPersonalData(found.household.projectId)) throw new ForbiddenException('没有查看完整身份证号和电话的权限');
    noteChange({ entityType: 'household', entityId: id, projectId: found.household.projectId, after: { reason } });
    return found;
  }

  /** Required survey facts still missing (Chinese names), for the case lifecycle. */
  async missingSurveyFacts(id: string): Promise<string[]> {
    const household = await this.households.findById(id);
    if (!household) return ['户信息'];
    return missingHouseholdFacts({ ...household, memberCount: await this.households.countMembers(id) });
  }
}
