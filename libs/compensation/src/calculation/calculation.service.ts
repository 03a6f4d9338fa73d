import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { currentActor, noteChange, todayInShanghai, TransactionalConnection } from '@app/platform';
import { calculate, type Calculation } from '../domain/calculate.js';
import type { SubjectFacts } from '../domain/subject-facts.js';
import { yuanText } from '../domain/money.js';
import { SchemeService } from '../scheme/scheme.service.js';
import { caseInScope } from '../shared/case-in-scope.js';
import type { CalculationRecord, StoredLine } from './calculation.entity.js';
import { CalculationRepository } from './calculation.repository.js';
import { canonicalJson, ownFacts, SubjectFactsReader } from './subject-facts.reader.js';

export interface CalculationRequest {
  /** The date the preview is made for (signing windows are judged by it); today in Shanghai when absent. */
  asOf?: string;
  /** Facilities and legacy bases: the agreed amounts by item code. */
  agreed?: Array<{ code: string; amount: string; remark?: string }>;
}

/** A stored snapshot and whether the subject's facts have changed since (then signing refuses it). */
export interface CalculationState {
  record: CalculationRecord;
  stale: boolean;
}

// Every field written out (no spread): a recalculation stores this for every line of every case.
export const storedLines = (c: Calculation): StoredLine[] =>
  c.lines.map((l) => ({
    code: l.code,
    name: l.name,
    rule: l.rule,
    applicable: l.applicable,
    reason: l.reason,
    inputs: l.inputs,
    words: l.words,
    exact: l.exact,
    bound: l.bound,
    note: l.note,
    amountFen: l.amountFen.toString(),
  }));

/** Itemised calculations (补偿测算) of a case under its project's published scheme version, stored as immutable snapshots. */
@Injectable()
export class CalculationService {
  constructor(
    private readonly calculations: CalculationRepository,
    private readonly cases: CaseService,
    private readonly schemes: SchemeService,
    private readonly facts: SubjectFactsReader,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Calculates the case's compensation now and stores the snapshot; 422 naming the items whose facts are missing or wrong. */
  async create(caseId: string, request: CalculationRequest): Promise<CalculationState> {
    return this.connection.transaction(async () => {
      const caseFile = await caseInScope(this.cases, caseId);
      const { record: version, scheme } = await this.schemes.published(caseFile.projectId);
      const facts: SubjectFacts = {
        ...(await this.facts.read(caseFile)),
        asOf: request.asOf ?? todayInShanghai(),
        ...(request.agreed?.length
          ? { agreed: Object.fromEntries(request.agreed.map((a) => [a.code, a.remark ? { amount: a.amount, remark: a.remark } : { amount: a.amount }])) }
          : {}),
      };
      const result = calculate(scheme, facts);
      if (!result.ok) {
        throw new UnprocessableEntityException({
          message: result.problems.map((p) => p.message).join('；'),
          details: result.problems.map((p) => ({ field: p.itemCode ?? 'asOf', itemCode: p.itemCode, message: p.message })),
        });
      }
      const record = await this.calculations.insert({
        caseId,
        projectId: caseFile.projectId,
        schemeVersionId: version.id,
        facts,
        lines: storedLines(result.calculation),
        totalFen: result.calculation.totalFen,
        createdBy: currentActor().username,
      });
      noteChange({ entityType: 'calculation', entityId: record.id, projectId: caseFile.projectId, after: { caseId, total: yuanText(record.totalFen) } });
      return { record, stale: false };
    });
  }

  /** The case's snapshots, newest first, each marked stale or not. */
  async list(caseId: string): Promise<CalculationState[]> {
    const caseFile = await caseInScope(this.cases, caseId);
    const records = await this.calculations.listByCase(caseId);
    if (!records.length) return [];
    const current = canonicalJson(await this.facts.read(caseFile));
    return records.map((record) => ({ record, stale: canonicalJson(ownFacts(record.facts)) !== current }));
  }

  /** The case's latest snapshot, or 404 when it has none. */
  async latest(caseId: string): Promise<CalculationState> {
    const [latest] = await this.list(caseId);
    if (!latest) throw new NotFoundException('该案件尚无补偿测算');
    return latest;
  }

  /**
   * What a confirmation batch shows of a case (libs/company): its subject's own facts now and its latest
   * calculation when that is still current (made on these facts), else null.
   */
  async current(caseId: string): Promise<{ facts: Record<string, unknown>; calculation: { id: string; totalFen: bigint; lines: StoredLine[] } | null }> {
    const caseFile = await caseInScope(this.cases, caseId);
    const facts = await this.facts.read(caseFile);
    const latest = await this.calculations.latestByCase(caseId);
    const current = latest && canonicalJson(ownFacts(latest.facts)) === canonicalJson(facts) ? latest : null;
    return { facts: { ...facts }, calculation: current && { id: current.id, totalFen: current.totalFen, lines: current.lines } };
  }

  /** A snapshot with its staleness, read for the agreement built on it. */
  async state(id: string): Promise<CalculationState> {
    const record = await this.calculations.findById(id);
    if (!record) throw new NotFoundException('补偿测算不存在');
    const caseFile = await caseInScope(this.cases, record.caseId);
    return { record, stale: canonicalJson(ownFacts(record.facts)) !== canonicalJson(await this.facts.read(caseFile)) };
  }
}
