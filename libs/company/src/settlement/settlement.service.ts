import { ProjectCodes } from '@app/compensation';
import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ProjectService } from '@app/land';
import { decodePickerCursor, pickerPage, type PickerQuery } from '@app/subjects';
import { canSeeProject, canWriteProject, currentActor, fenToYuan, noteChange, todayInShanghai, TransactionalConnection, yuanToFen, type Page } from '@app/platform';
import { checkDrop, checkLineStep, checkReceipt, lineAmounts, statementNumber, statementStatus, type LineAction } from '../domain/settlement-rules.js';
import type { IssueStatementDto, RecordReceiptDto } from './dto/settlement.dto.js';
import type { SettlementLine, SettlementReceipt, SettlementStatement } from './settlement.entity.js';
import { SettlementProgress } from './settlement-progress.service.js';
import { ReconciliationRepository } from './reconciliation.repository.js';
import { SettlementRepository, type CandidateCase } from './settlement.repository.js';

const NOT_FOUND = '结算单不存在';
const LINE_NOT_FOUND = '结算行不存在';
const STALE_MESSAGE = '该结算行已被他人修改，请刷新后重试';
const KEY = /^[\x21-\x7e]{8,100}$/;
/** Who issues statements, drops disputed lines, records receipts and enters the figures. */
export const SETTLEMENT_FINANCE = ['finance', 'admin'] as const;
/** Who answers lines: the company's liaison of the project (an admin may). */
export const SETTLEMENT_COMPANY = ['company', 'admin'] as const;

export interface StatementDetail {
  statement: SettlementStatement;
  projectCode: string;
  lines: SettlementLine[];
  receipts: SettlementReceipt[];
  allocated: Map<string, bigint>;
  receivedFen: bigint;
}

/** 结算单: issued by finance, answered line by line by the company, paid in by receipts. */
@Injectable()
export class SettlementService {
  constructor(
    private readonly settlements: SettlementRepository,
    private readonly ledgers: ReconciliationRepository,
    private readonly projects: ProjectService,
    private readonly progress: SettlementProgress,
    private readonly connection: TransactionalConnection,
    private readonly codes: ProjectCodes,
  ) {}

  private mustWrite(projectId: string, roles: readonly ('finance' | 'company' | 'admin')[], message: string): void {
    if (!canWriteProject(projectId, roles)) throw new ForbiddenException(message);
  }

  /** A project's statements, newest first, with what was received against each. */
  async list(projectCode: string, skip: number, take: number): Promise<Page<SettlementStatement> & { projectCode: string; received: Map<string, bigint> }> {
    const project = await this.projects.getByCode(projectCode);
    const page = await this.settlements.listByProject(project.id, skip, take);
    return { ...page, projectCode: project.code, received: await this.settlements.receivedOf(page.items.map((s) => s.id)) };
  }

  /** A page of the project's vacated, signed cases not on a live line (what a new statement may list), by subject code after `query.after`. */
  async candidates(projectCode: string, query: PickerQuery): Promise<{ items: CandidateCase[]; next: string | null }> {
    const after = query.after ? decodePickerCursor(query.after) : null;
    const project = await this.projects.getByCode(projectCode);
    const rows = await this.settlements.openCandidates(project.id, query.pageSize + 1, after);
    return pickerPage(rows, query.pageSize, (c) => ({ code: c.subjectCode, id: c.subjectId }));
  }

  private async visible(id: string): Promise<SettlementStatement> {
    const found = await this.settlements.findById(id);
    if (!found || !canSeeProject(found.projectId)) throw new NotFoundException(NOT_FOUND);
    return found;
  }

  /** A statement with its lines, receipts and the allocation of the receipts to the lines; 404 outside the caller's projects. */
  async get(id: string): Promise<StatementDetail> {
    const statement = await this.visible(id);
    const [lines, receipts, money, code] = await Promise.all([
      this.settlements.linesOf(id),
      this.settlements.receiptsOf(id),
      this.ledgers.lineMoney(statement.projectId, { statementId: id }),
      this.codeOf(statement.projectId),
    ]);
    return {
      statement,
      projectCode: code,
      lines,
      receipts,
      allocated: new Map(money.map((m) => [m.lineId, m.allocatedFen])),
      receivedFen: receipts.reduce((sum, r) => sum + r.amountFen, 0n),
    };
  }

  /** A project's code, for answers. */
  async codeOf(projectId: string): Promise<string> {
    return this.codes.one(projectId);
  }

  /** Issues a statement of the chosen cases: each vacated, with a signed agreement, on no other live line. */
  async issue(projectCode: string, dto: IssueStatementDto): Promise<string> {
    const project = await this.projects.getByCode(projectCode);
    this.mustWrite(project.id, SETTLEMENT_FINANCE, '只有财务人员可以出具结算单');
    const issuedOn = dto.issuedOn ?? todayInShanghai();
    if (issuedOn > todayInShanghai()) throw new UnprocessableEntityException(`出具日期 ${issuedOn} 不能晚于今天`);
    return this.connection.transaction(async () => {
      const found = new Map((await this.settlements.candidates(project.id, dto.caseIds, true)).map((c) => [c.caseId, c]));
      const problems: string[] = [];
      dto.caseIds.forEach((id, i) => {
        const c = found.get(id);
        if (!c) problems.push(`第${i + 1}件：案件不在本项目，或没有已签约的补偿协议`);
        else if (c.status !== 'vacated') problems.push(`第${i + 1}件（${c.subjectCode}）：案件不是“已腾地”状态`);
        else if (c.liveLineId) problems.push(`第${i + 1}件（${c.subjectCode}）：已列入其他结算单`);
      });
      if (problems.length) throw new UnprocessableEntityException(problems.join('；'));
      const figures = await this.settlements.findFigures(project.id);
      const rate = figures?.managementFeeRate ?? null;
      const seq = await this.settlements.nextSeq(project.id);
      const rows = dto.caseIds.map((id, i) => {
        const c = found.get(id)!;
        const { feeFen, totalFen } = lineAmounts(c.agreedFen, rate);
        return { projectId: project.id, caseId: id, agreementId: c.agreementId, position: i + 1, agreedFen: c.agreedFen, paidFen: c.paidFen, feeFen, totalFen };
      });
      const statement = await this.settlements.insertStatement({
        projectId: project.id,
        seq,
        number: statementNumber(project.code, seq),
        status: 'issued',
        issuedOn,
        managementFeeRate: rate,
        totalFen: rows.reduce((sum, r) => sum + r.totalFen, 0n),
        createdBy: currentActor().username,
        confirmedAt: null,
      });
      await this.settlements.insertLines(
        rows.map((r) => ({ ...r, statementId: statement.id, status: 'pending' as const, disputeReason: null, answeredBy: null, answeredAt: null, droppedBy: null, droppedAt: null })),
      );
      noteChange({
        entityType: 'settlement-statement',
        entityId: statement.id,
        projectId: project.id,
        after: { number: statement.number, cases: rows.length, total: fenToYuan(statement.totalFen), issuedOn },
      });
      return statement.id;
    });
  }

  /** The company confirms or disputes a line, or finance drops a disputed one; the statement follows its lines. */
  async answer(lineId: string, action: LineAction, input: { version?: number; reason?: string }): Promise<StatementDetail> {
    const statementId = await this.connection.transaction(async () => {
      const found = await this.settlements.lockLine(lineId);
      if (!found || !canSeeProject(found.line.projectId)) throw new NotFoundException(LINE_NOT_FOUND);
      const { line, statement } = found;
      const actor = currentActor();
      const allowed = action === 'drop' ? SETTLEMENT_FINANCE : SETTLEMENT_COMPANY;
      const check = checkLineStep(line.status, action, actor.roles, input.reason);
      if (!check.ok && check.status === 403) throw new ForbiddenException(check.message);
      this.mustWrite(line.projectId, allowed, action === 'drop' ? '只有财务人员可以将结算行移出结算单' : '只有西虹桥公司可以确认结算行或提出异议');
      if (statement.status === 'confirmed') throw new UnprocessableEntityException(`结算单 ${statement.number} 已确认，不能再修改`);
      if (input.version !== undefined && input.version !== line.version) throw new ConflictException(STALE_MESSAGE);
      if (!check.ok) throw new UnprocessableEntityException(check.message);
      const before = line.status;
      if (action === 'drop') {
        const received = (await this.settlements.receivedOf([statement.id])).get(statement.id) ?? 0n;
        const drop = checkDrop(statement.totalFen, line.totalFen, received);
        if (!drop.ok) throw new UnprocessableEntityException(drop.message);
        line.droppedBy = actor.username;
        line.droppedAt = new Date();
        statement.totalFen -= line.totalFen;
      } else {
        line.answeredBy = actor.username;
        line.answeredAt = new Date();
        line.disputeReason = action === 'dispute' ? input.reason!.trim() : null;
      }
      line.status = check.to;
      await this.settlements.saveLine(line);
      const lines = await this.settlements.linesOf(statement.id);
      statement.status = statementStatus(lines);
      if (statement.status === 'confirmed') statement.confirmedAt = new Date();
      await this.settlements.saveStatement(statement);
      noteChange({
        entityType: 'settlement-line',
        entityId: line.id,
        projectId: line.projectId,
        before: { status: before },
        after: { status: line.status, statement: statement.number, ...(line.disputeReason && action === 'dispute' ? { reason: line.disputeReason } : {}) },
      });
      if (action !== 'dispute') await this.progress.settleReady(statement.projectId, { statementId: statement.id });
      return statement.id;
    });
    return this.get(statementId);
  }

  /**
   * Records money received from the company against a statement exactly once per Idempotency-Key (as
   * payments do): under the statement's lock, a key already used answers its first receipt when the content
   * is the same and 422 when it is not; more than the statement's outstanding total is refused (422).
   */
  async receive(statementId: string, idempotencyKey: string | undefined, dto: RecordReceiptDto): Promise<SettlementReceipt> {
    const key = idempotencyKey?.trim();
    if (!key || !KEY.test(key)) throw new BadRequestException('请提供 Idempotency-Key 请求头（8–100 个可见 ASCII 字符，每笔到账一个）');
    const amountFen = yuanToFen(dto.amount);
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ statementId, amountFen: amountFen.toString(), receivedOn: dto.receivedOn, bankReference: dto.bankReference.trim() }))
      .digest('hex');
    return this.connection.transaction(async () => {
      const statement = await this.settlements.lockById(statementId);
      if (!statement || !canSeeProject(statement.projectId)) throw new NotFoundException(NOT_FOUND);
      this.mustWrite(statement.projectId, SETTLEMENT_FINANCE, '只有财务人员可以登记到账');
      const first = await this.settlements.findReceiptByKey(key);
      if (first) {
        if (first.requestHash !== requestHash) throw new UnprocessableEntityException('该 Idempotency-Key 已用于另一笔内容不同的到账，请为新的到账使用新的 Idempotency-Key');
        return first;
      }
      if (dto.receivedOn > todayInShanghai()) throw new UnprocessableEntityException(`到账日期 ${dto.receivedOn} 不能晚于今天`);
      if (dto.receivedOn < statement.issuedOn) throw new UnprocessableEntityException(`到账日期 ${dto.receivedOn} 不能早于结算单出具日期 ${statement.issuedOn}`);
      const received = (await this.settlements.receivedOf([statement.id])).get(statement.id) ?? 0n;
      const check = checkReceipt(statement.totalFen, received, amountFen);
      if (!check.ok) throw new UnprocessableEntityException(check.message);
      const receipt = await this.settlements.insertReceipt({
        statementId: statement.id,
        projectId: statement.projectId,
        amountFen,
        receivedOn: dto.receivedOn,
        bankReference: dto.bankReference.trim(),
        idempotencyKey: key,
        requestHash,
        createdBy: currentActor().username,
      });
      noteChange({
        entityType: 'settlement-receipt',
        entityId: receipt.id,
        projectId: statement.projectId,
        after: { statement: statement.number, amount: fenToYuan(amountFen), receivedOn: dto.receivedOn, bankReference: receipt.bankReference },
      });
      await this.progress.settleReady(statement.projectId, { statementId: statement.id });
      return receipt;
    });
  }
}
