import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ProjectService } from '@app/land';
import { canSeeProject, currentActor, noteChange, TransactionalConnection } from '@app/platform';
import type { SchemeItem } from '../domain/scheme.js';
import { swapDifference, type SwapPricing } from '../domain/swap-difference.js';
import { validateTransitionalFeeRule, type TransitionalFeeRule } from '../domain/transitional-fee-rule.js';
import { validateScheme, type ValidatedScheme } from '../domain/validate-scheme.js';
import type { SchemeVersionRecord } from './scheme-version.entity.js';
import { SchemeRepository } from './scheme.repository.js';

export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';

export interface SchemeInput {
  name?: string;
  effectiveOn?: string;
  items?: SchemeItem[];
  swapPricing?: SwapPricing | null;
  transitionalFee?: TransitionalFeeRule | null;
}

/** Refuses (422, every problem in `details`) a 过渡费 rule `validateTransitionalFeeRule` rejects. */
export function transitionalFeeOrRefuse(rule: TransitionalFeeRule | null): void {
  if (rule === null) return;
  const problems = validateTransitionalFeeRule(rule);
  if (problems.length)
    throw new UnprocessableEntityException({
      message: `过渡费规则：${problems.map((p) => p.message).join('；')}`,
      details: problems.map((p) => ({ field: `transitionalFee.${p.field}`, message: p.message })),
    });
}

/** Refuses (422, every problem in `details`) a version `validateScheme` or the swap pricing rejects. */
export function validatedOrRefuse(items: SchemeItem[], swapPricing: SwapPricing | null): ValidatedScheme {
  const checked = validateScheme({ items });
  if (!checked.ok) {
    throw new UnprocessableEntityException({
      message: checked.problems.map((p) => p.message).join('；'),
      details: checked.problems.map((p) => ({ field: p.itemIndex === null ? 'items' : `items[${p.itemIndex}]`, itemCode: p.itemCode, rule: p.problem, message: p.message })),
    });
  }
  if (swapPricing) {
    // The pricing is checked as the agreement will use it: a trial swap of the least area, within the entitlement.
    const trial = swapDifference(swapPricing, { recognisedPersons: 1, housingArea: '0.01', compensationFen: 0n });
    if (!trial.ok) throw new UnprocessableEntityException({ message: `产权调换价格：${trial.message}`, details: [{ field: 'swapPricing', message: trial.message }] });
  }
  return checked.scheme;
}

/** Compensation schemes (补偿方案): versions per project, draft → published (immutable) → superseded. */
@Injectable()
export class SchemeService {
  constructor(
    private readonly schemes: SchemeRepository,
    private readonly projects: ProjectService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The project's versions, newest first (404 for a project the caller may not see). */
  async list(projectCode: string): Promise<SchemeVersionRecord[]> {
    const project = await this.projects.getByCode(projectCode);
    return this.schemes.listByProject(project.id);
  }

  /** A version, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<SchemeVersionRecord> {
    const found = await this.schemes.findById(id);
    if (!found || !canSeeProject(found.projectId)) throw new NotFoundException('补偿方案版本不存在');
    return found;
  }

  /** The project's published version with its validated items, or 422 when there is none. */
  async published(projectId: string): Promise<{ record: SchemeVersionRecord; scheme: ValidatedScheme }> {
    const record = await this.schemes.findPublished(projectId);
    if (!record) throw new UnprocessableEntityException('该项目尚未发布补偿方案，不能测算');
    return { record, scheme: validatedOrRefuse(record.items, null) };
  }

  /** A version (any status) with its validated items, for work built on a calculation made under it. */
  async validated(id: string): Promise<{ record: SchemeVersionRecord; scheme: ValidatedScheme }> {
    const record = await this.get(id);
    return { record, scheme: validatedOrRefuse(record.items, null) };
  }

  /** A new draft version of the project's scheme, validated as it is saved. */
  async create(projectCode: string, input: Required<Pick<SchemeInput, 'name' | 'effectiveOn' | 'items'>> & SchemeInput): Promise<SchemeVersionRecord> {
    const project = await this.projects.getByCode(projectCode);
    validatedOrRefuse(input.items, input.swapPricing ?? null);
    transitionalFeeOrRefuse(input.transitionalFee ?? null);
    return this.connection.transaction(async () => {
      await this.schemes.lockProject(project.id);
      const created = await this.schemes.insert({
        projectId: project.id,
        number: await this.schemes.nextNumber(project.id),
        name: input.name,
        status: 'draft',
        effectiveOn: input.effectiveOn,
        items: input.items,
        swapPricing: input.swapPricing ?? null,
        transitionalFee: input.transitionalFee ?? null,
        createdBy: currentActor().username,
      });
      noteChange({ entityType: 'scheme_version', entityId: created.id, projectId: project.id, after: { number: created.number, name: created.name } });
      return created;
    });
  }

  /** Changes a draft (optimistic lock on `version`); a published or superseded version never changes. */
  async update(id: string, input: SchemeInput & { version: number }): Promise<SchemeVersionRecord> {
    return this.connection.transaction(async () => {
      const current = await this.get(id);
      if (current.status !== 'draft') throw new ConflictException('已发布的补偿方案版本不能修改，请新建版本');
      if (current.version !== input.version) throw new ConflictException(STALE_MESSAGE);
      const items = input.items ?? current.items;
      const swapPricing = input.swapPricing === undefined ? current.swapPricing : input.swapPricing;
      const transitionalFee = input.transitionalFee === undefined ? current.transitionalFee : input.transitionalFee;
      validatedOrRefuse(items, swapPricing);
      transitionalFeeOrRefuse(transitionalFee);
      const changes = { name: input.name ?? current.name, effectiveOn: input.effectiveOn ?? current.effectiveOn, items, swapPricing, transitionalFee };
      if (!(await this.schemes.updateDraft(id, input.version, changes))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'scheme_version', entityId: id, projectId: current.projectId, before: { name: current.name }, after: { name: changes.name } });
      return (await this.schemes.findById(id))!;
    });
  }

  /** Publishes a draft: from then on it is immutable, and the version published before is superseded. */
  async publish(id: string): Promise<SchemeVersionRecord> {
    return this.connection.transaction(async () => {
      const found = await this.get(id);
      await this.schemes.lockProject(found.projectId);
      const current = (await this.schemes.findById(id))!;
      if (current.status !== 'draft') throw new ConflictException('只有草稿版本可以发布');
      validatedOrRefuse(current.items, current.swapPricing);
      transitionalFeeOrRefuse(current.transitionalFee);
      await this.schemes.publish(current.projectId, id, currentActor().username);
      noteChange({ entityType: 'scheme_version', entityId: id, projectId: current.projectId, before: { status: 'draft' }, after: { status: 'published' } });
      return (await this.schemes.findById(id))!;
    });
  }
}
