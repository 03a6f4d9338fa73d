import { ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AttachmentService } from '@app/company';
import {
  currentActor,
  noteChange,
  PROJECT_DIRECTORY,
  todayInShanghai,
  TransactionalConnection,
  visibleProjectIds,
  type ProjectDirectory,
  type ProjectRef,
} from '@app/platform';
import { percentOf, targetShapeProblem, yearBounds, type TargetMeasure } from '../domain/target-measures.js';
import { QuotaRepository } from '../quota/quota.repository.js';
import { scopedProjects } from '../quota/quota.service.js';
import type { CreateProgressEntryDto, CreateTargetDto, UpdateTargetDto } from './dto/target.dto.js';
import type { AnnualTarget, TargetProgressEntry } from './target.entity.js';
import { TargetRepository, type BaseRef } from './target.repository.js';
import { TARGET_OWNER } from './target-attachment-owner.registrar.js';
import { MilestoneRepository } from '../milestone/milestone.repository.js';

export const TARGET_NOT_FOUND = '年度目标不存在';
const STALE = '该年度目标已被他人修改，请刷新后重试';

export interface TargetProgress {
  target: AnnualTarget;
  projects: ProjectRef[];
  bases: BaseRef[];
  /** The value reached (decimal text). */
  actual: string;
  percent: number;
  /** The households list behind a built-in figure (a web path with its filters), or null. */
  link: string | null;
  entries: TargetProgressEntry[];
}

/** Decimal text without trailing zeros (`536`, `1234.5`). */
export function quantityText(value: string | number): string {
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
}

/**
 * The year's targets (年度目标 / 实事工程): built-in measures recounted from the records within the caller's projects on
 * every read, manual ones the sum of their audited progress entries. Admins and leaders keep them.
 */
@Injectable()
export class TargetService {
  constructor(
    private readonly targets: TargetRepository,
    private readonly quota: QuotaRepository,
    private readonly connection: TransactionalConnection,
    private readonly attachments: AttachmentService,
    private readonly milestones: MilestoneRepository,
    @Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory,
  ) {}

  /** Every target of the year with its progress. */
  async list(year: number): Promise<TargetProgress[]> {
    const targets = await this.targets.listYear(year);
    const ids = targets.map((t) => t.id);
    const [sums, entries, projects, bases] = await Promise.all([
      this.targets.entrySums(ids),
      this.targets.entriesOf(ids),
      this.directory.findByIds([...new Set(targets.flatMap((t) => t.projectIds))]),
      this.targets.basesByIds([...new Set(targets.flatMap((t) => t.baseIds))]),
    ]);
    const visible = visibleProjectIds();
    return Promise.all(
      targets.map(async (target) => {
        const actual = target.measure === 'manual' ? (sums.get(target.id) ?? '0') : await this.measured(target, visible);
        return {
          target,
          projects: projects.filter((p) => target.projectIds.includes(p.id)),
          bases: bases.filter((b) => target.baseIds.includes(b.id)),
          actual: quantityText(actual),
          percent: percentOf(Number(actual), Number(target.targetValue)),
          link: target.measure === 'milestone' ? await this.milestoneLink(target) : this.link(target, projects),
          entries: entries.filter((e) => e.targetId === target.id),
        };
      }),
    );
  }

  async get(id: string): Promise<TargetProgress> {
    const target = await this.targets.findById(id);
    if (!target) throw new NotFoundException(TARGET_NOT_FOUND);
    return (await this.list(target.year)).find((t) => t.target.id === id)!;
  }

  /**
   * A built-in measure's value within the target's scope and the caller's projects, over the year or a window of it
   * (the monthly report's month, or the year up to its end).
   */
  async measured(target: AnnualTarget, visible: string[] | null, window: { from: string; to: string } = yearBounds(target.year)): Promise<string> {
    const { from, to } = window;
    const scope = { from, to, projectIds: scopedProjects(target.projectIds, visible), baseIds: target.baseIds };
    const sumMonths = async (swapOnly: boolean) =>
      (await this.quota.solvedByMonth({ ...scope, swapOnly })).reduce((s, m) => s + m.solved, 0);
    const measure: Exclude<TargetMeasure, 'manual'> = target.measure as Exclude<TargetMeasure, 'manual'>;
    switch (measure) {
      case 'housing_solved':
        return String(await sumMonths(false));
      case 'transitional_cleared':
        return String(await sumMonths(true));
      case 'households_signed':
        return String(await this.quota.signedCount(scope));
      case 'parcels_handed_over':
        return String((await this.quota.handedOver(scope)).parcels);
      case 'area_handed_over':
        return (await this.quota.handedOver(scope)).area;
      case 'milestone': {
        // Done (1 项) when its time node is done by the year's end.
        const node = target.milestoneId ? await this.milestones.findById(target.milestoneId) : null;
        return node?.status === 'done' && node.actualOn !== null && node.actualOn <= to ? '1' : '0';
      }
    }
  }

  /** A milestone target's time nodes: the 时间节点 screen filtered to its node's project or base. */
  private async milestoneLink(target: AnnualTarget): Promise<string | null> {
    const node = target.milestoneId ? await this.milestones.findById(target.milestoneId) : null;
    if (!node) return null;
    if (node.projectId) {
      const [project] = await this.directory.findByIds([node.projectId]);
      return project ? `/milestones?project=${encodeURIComponent(project.code)}` : null;
    }
    const [base] = node.baseId ? await this.targets.basesByIds([node.baseId]) : [];
    return base ? `/milestones?base=${encodeURIComponent(base.code)}` : null;
  }

  /** The households list filtered to the ones a housing figure counts (one project named when the target has one). */
  private link(target: AnnualTarget, projects: ProjectRef[]): string | null {
    if (target.measure !== 'housing_solved' || target.baseIds.length) return null;
    const { from, to } = yearBounds(target.year);
    const query = new URLSearchParams({ resettledFrom: from, resettledTo: to });
    if (target.projectIds.length === 1) {
      const code = projects.find((p) => p.id === target.projectIds[0])?.code;
      if (code) query.set('project', code);
    } else if (target.projectIds.length > 1) return null;
    return `/households?${query.toString()}`;
  }

  private async resolveScope(
    projectCodes: string[] | undefined,
    baseCodes: string[] | undefined,
  ): Promise<{ projectIds?: string[]; baseIds?: string[] }> {
    const scope: { projectIds?: string[]; baseIds?: string[] } = {};
    if (projectCodes) {
      const codes = [...new Set(projectCodes.map((c) => c.trim()))];
      const found = await this.directory.findByCodes(codes);
      const missing = codes.filter((c) => !found.some((p) => p.code === c));
      if (missing.length) throw new UnprocessableEntityException(`项目编号 ${missing.join('、')} 不存在`);
      scope.projectIds = codes.map((c) => found.find((p) => p.code === c)!.id);
    }
    if (baseCodes) {
      const codes = [...new Set(baseCodes.map((c) => c.trim()))];
      const found = await this.targets.basesByCodes(codes);
      const missing = codes.filter((c) => !found.some((b) => b.code === c));
      if (missing.length) throw new UnprocessableEntityException(`安置基地编号 ${missing.join('、')} 不存在`);
      scope.baseIds = codes.map((c) => found.find((b) => b.code === c)!.id);
    }
    return scope;
  }

  async create(dto: CreateTargetDto): Promise<TargetProgress> {
    const id = await this.connection.transaction(async () => {
      const scope = await this.resolveScope(dto.projectCodes, dto.baseCodes);
      const problem = targetShapeProblem(
        dto.measure,
        dto.unit,
        { baseIds: scope.baseIds ?? [], projectIds: scope.projectIds ?? [] },
        { milestoneId: dto.milestoneId ?? null, targetValue: dto.targetValue },
      );
      if (problem) throw new UnprocessableEntityException(problem);
      if (dto.milestoneId && !(await this.milestones.findById(dto.milestoneId))) throw new UnprocessableEntityException('所选时间节点不存在');
      const created = await this.targets.insert({
        year: dto.year,
        name: dto.name,
        measure: dto.measure,
        targetValue: dto.targetValue,
        unit: dto.unit,
        projectIds: scope.projectIds ?? [],
        baseIds: scope.baseIds ?? [],
        milestoneId: dto.milestoneId ?? null,
        position: dto.position ?? 0,
        createdBy: currentActor().username,
      });
      noteChange({
        entityType: 'annual_target',
        entityId: created.id,
        after: {
          year: dto.year,
          name: dto.name,
          measure: dto.measure,
          targetValue: dto.targetValue,
          unit: dto.unit,
          projectCodes: dto.projectCodes ?? [],
          baseCodes: dto.baseCodes ?? [],
        },
      });
      return created.id;
    });
    return this.get(id);
  }

  /** Name, value, unit, scope and order at the version read (409 when stale); the measure and year stay. */
  async update(id: string, dto: UpdateTargetDto): Promise<TargetProgress> {
    await this.connection.transaction(async () => {
      const target = await this.targets.findForUpdate(id);
      if (!target) throw new NotFoundException(TARGET_NOT_FOUND);
      if (target.version !== dto.version) throw new ConflictException(STALE);
      const scope = await this.resolveScope(dto.projectCodes, dto.baseCodes);
      const changes = {
        name: dto.name ?? target.name,
        targetValue: dto.targetValue ?? target.targetValue,
        unit: dto.unit ?? target.unit,
        projectIds: scope.projectIds ?? target.projectIds,
        baseIds: scope.baseIds ?? target.baseIds,
        position: dto.position ?? target.position,
      };
      const problem = targetShapeProblem(
        target.measure,
        changes.unit,
        { baseIds: changes.baseIds, projectIds: changes.projectIds },
        { milestoneId: target.milestoneId, targetValue: changes.targetValue },
      );
      if (problem) throw new UnprocessableEntityException(problem);
      if (!(await this.targets.update(id, dto.version, changes))) throw new ConflictException(STALE);
      const before = {
        name: target.name,
        targetValue: target.targetValue,
        unit: target.unit,
        projectIds: target.projectIds,
        baseIds: target.baseIds,
        position: target.position,
      };
      noteChange({ entityType: 'annual_target', entityId: id, before, after: changes });
    });
    return this.get(id);
  }

  /** Records a manual target's progress: within the target's year, not after today, with optional evidence. */
  async addEntry(id: string, dto: CreateProgressEntryDto): Promise<TargetProgress> {
    await this.connection.transaction(async () => {
      const target = await this.targets.findForUpdate(id);
      if (!target) throw new NotFoundException(TARGET_NOT_FOUND);
      if (target.measure !== 'manual') throw new UnprocessableEntityException('该目标的完成情况由系统按业务记录统计，不能手工录入进展');
      if (Number(dto.value) <= 0) throw new UnprocessableEntityException('完成量必须大于 0');
      if (dto.enteredOn.slice(0, 4) !== String(target.year)) throw new UnprocessableEntityException(`进展日期必须在 ${target.year} 年内`);
      if (dto.enteredOn > todayInShanghai()) throw new UnprocessableEntityException('进展日期不能晚于今天');
      const evidence = dto.evidenceAttachmentId ?? null;
      // The evidence is a file uploaded to this target first (owner type annual_target), checked by its bytes there.
      if (evidence && !(await this.attachments.list(TARGET_OWNER, id)).some((a) => a.id === evidence))
        throw new UnprocessableEntityException('佐证材料不存在，请先上传到该目标');
      const entry = await this.targets.insertEntry({
        targetId: id,
        enteredOn: dto.enteredOn,
        value: dto.value,
        note: dto.note?.trim() || null,
        evidenceAttachmentId: evidence,
        recordedBy: currentActor().username,
      });
      noteChange({
        entityType: 'target_progress_entry',
        entityId: entry.id,
        after: { target: target.name, enteredOn: dto.enteredOn, value: dto.value, note: entry.note, evidenceAttachmentId: evidence },
      });
    });
    return this.get(id);
  }
}
