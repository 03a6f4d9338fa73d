import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canSeeProject, currentActor, JobsService, noteChange, type Page, TransactionalConnection } from '@app/platform';
import { canonicalJson, ownFacts, SubjectFactsReader } from '../calculation/subject-facts.reader.js';
import { SchemeService } from '../scheme/scheme.service.js';
import type { RecalculationCase, RecalculationRun } from './recalculation-run.entity.js';
import { RecalculationRepository, type RecalculationSubject, type RecalculationTotals } from './recalculation.repository.js';
import { RecalculationJob } from './recalculation.job.js';

const NOT_FOUND = '重新测算任务不存在';
/** Preview rows whose facts the apply compares per read. */
const APPLY_CHUNK = 1000;

/** What the apply did: snapshots stored, rows skipped and why. */
export interface ApplyOutcome {
  run: RecalculationRun;
  totals: RecalculationTotals;
  applied: number;
  skipped: { signed: number; changed: number; problems: number };
}

/**
 * Recalculation previews (重新测算预览) of a published scheme version: requested by the admin, filled by
 * the RecalculationJob, read page by page, and applied — new snapshots for every row in one transaction,
 * except cases signed meanwhile or whose facts or calculation changed since the preview.
 */
@Injectable()
export class RecalculationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly runs: RecalculationRepository,
    private readonly subjects: SubjectFactsReader,
    private readonly schemes: SchemeService,
    private readonly jobs: JobsService,
  ) {}

  /** Records a preview of the project's published version and queues its job (published after commit). */
  async request(schemeVersionId: string): Promise<RecalculationRun> {
    return this.connection.transaction(async () => {
      const version = await this.schemes.get(schemeVersionId);
      if (version.status !== 'published') throw new UnprocessableEntityException('只能对项目现行发布的补偿方案版本进行重新测算');
      const run = await this.runs.insertRun({ projectId: version.projectId, schemeVersionId: version.id, createdBy: currentActor().username });
      await this.jobs.enqueue(RecalculationJob, { runId: run.id });
      noteChange({ entityType: 'recalculation', entityId: run.id, projectId: version.projectId, after: { schemeVersion: version.number } });
      return run;
    });
  }

  /** A run with its totals, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<{ run: RecalculationRun; totals: RecalculationTotals }> {
    const run = await this.visible(id);
    return { run, totals: await this.runs.totals(run.id) };
  }

  /** The runs of a scheme version with their totals, newest first; 404 for a version outside the caller's projects. */
  async listForVersion(schemeVersionId: string): Promise<Array<{ run: RecalculationRun; totals: RecalculationTotals | undefined }>> {
    const version = await this.schemes.get(schemeVersionId);
    const runs = await this.runs.runsOfVersion(version.id);
    const totals = await this.runs.totalsOf(runs.map((r) => r.id));
    return runs.map((run) => ({ run, totals: totals.get(run.id) }));
  }

  /** One page of the run's preview rows, the largest differences first, each with its case's subject. */
  async cases(id: string, page: { skip: number; take: number }): Promise<Page<RecalculationCase & { subject: RecalculationSubject | undefined }>> {
    const run = await this.visible(id);
    const rows = await this.runs.pageRows(run.id, page.skip, page.take);
    const subjects = await this.runs.subjectsOf(rows.items.map((r) => r.caseId));
    return { items: rows.items.map((r) => ({ ...r, subject: subjects.get(r.caseId) })), total: rows.total };
  }

  /** Stores the new snapshots of a finished preview in one transaction; 409 while it runs, when it failed or was applied. */
  async apply(id: string): Promise<ApplyOutcome> {
    return this.connection.transaction(async () => {
      await this.visible(id);
      const run = (await this.runs.lockRun(id))!;
      if (run.status !== 'succeeded') throw new ConflictException(run.status === 'failed' ? '重新测算失败，不能应用，请重新发起' : '重新测算尚未完成，请稍后再试');
      if (run.appliedAt) throw new ConflictException('该重新测算已应用，不能重复应用');
      const version = await this.schemes.get(run.schemeVersionId);
      if (version.status !== 'published') throw new ConflictException('该补偿方案版本已不是项目现行发布的版本，请对现行版本重新发起重新测算');
      const createdBy = currentActor().username;
      // Whose facts changed since the preview: compared here, by the facts reader's rules, before any case is locked.
      const factsChanged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const rows = await this.runs.calculableRowsAfter(run.id, after, APPLY_CHUNK);
        if (!rows.length) break;
        after = rows[rows.length - 1]!.caseId;
        const now = await this.subjects.readMany(rows);
        for (const row of rows) {
          if (canonicalJson(now.get(row.subjectId) ?? null) !== canonicalJson(ownFacts(row.facts))) factsChanged.push(row.caseId);
        }
        if (rows.length < APPLY_CHUNK) break;
      }
      // Then the re-check of status and latest snapshot and the new snapshots, set-based: the cases are locked from here to the commit.
      const outcome = await this.runs.applyRows(run, factsChanged, createdBy);
      const applied = outcome.applied;
      const skipped = { signed: outcome.signed, changed: outcome.changed, problems: outcome.rows - outcome.calculable };
      const skippedCount = skipped.signed + skipped.changed + skipped.problems;
      await this.runs.updateRun(run.id, { appliedAt: new Date(), appliedBy: createdBy, appliedCount: applied, skippedCount });
      noteChange({ entityType: 'recalculation', entityId: run.id, projectId: run.projectId, after: { applied, skipped: skippedCount } });
      return { run: (await this.runs.findRun(run.id))!, totals: await this.runs.totals(run.id), applied, skipped };
    });
  }

  private async visible(id: string): Promise<RecalculationRun> {
    const run = await this.runs.findRun(id);
    if (!run || !canSeeProject(run.projectId)) throw new NotFoundException(NOT_FOUND);
    return run;
  }
}
