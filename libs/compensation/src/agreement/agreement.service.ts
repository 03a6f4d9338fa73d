import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { canSeeProject, currentActor, noteChange, TransactionalConnection } from '@app/platform';
import { CalculationService } from '../calculation/calculation.service.js';
import { calculate } from '../domain/calculate.js';
import { yuanText } from '../domain/money.js';
import { swapDifference, type SwapDifference, type SwapPricing, type SwapResult, type SwapUnitPrices } from '../domain/swap-difference.js';
import { SchemeService } from '../scheme/scheme.service.js';
import { caseInScope } from '../shared/case-in-scope.js';
import { agreedAmount, roleAmount, storedSwap } from './agreement-terms.js';
import type { AgreementMethod, AgreementRecord, TransitionMethod } from './agreement.entity.js';
import { AgreementRepository } from './agreement.repository.js';

export interface DraftInput {
  method: AgreementMethod;
  paymentDeadline?: string | null;
  transitionMethod?: TransitionMethod | null;
  transitionMonths?: number | null;
  swapLocation?: string | null;
  swapArea?: string | null;
}

/** The housing a swap household actually holds (its allocated resettlement units), as the agreement promises it. */
export interface AllocatedHousing {
  /** e.g. `徐泾北城安置基地 3号楼 1502室`. */
  location: string;
  /** Their total area, m². */
  area: string;
  /** The units' own prices (area-weighted when several). */
  unitPrices: SwapUnitPrices | null;
}

const STALE_CALCULATION = '补偿测算之后摸底信息已变更，测算已过期，请重新测算后再办理协议';

/** 补偿协议: drafted from a case's current calculation, signed (the case moves to 已签约 through the cases library), voided. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly calculations: CalculationService,
    private readonly schemes: SchemeService,
    private readonly cases: CaseService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The agreement, or 404 (also outside the caller's projects). */
  async get(id: string): Promise<AgreementRecord> {
    const found = await this.agreements.findById(id);
    if (!found || !canSeeProject(found.projectId)) throw new NotFoundException('补偿协议不存在');
    return found;
  }

  /** The case's live agreement, or null. */
  async liveOf(caseId: string): Promise<AgreementRecord | null> {
    return this.agreements.findLiveByCase(caseId);
  }

  /** Drafts the agreement of a confirmed case from its latest calculation (which must not be stale). */
  async draft(caseId: string, input: DraftInput): Promise<AgreementRecord> {
    return this.connection.transaction(async () => {
      const caseFile = await caseInScope(this.cases, caseId);
      if (caseFile.status !== 'confirmed') throw new UnprocessableEntityException('只有“已确认”的案件可以起草补偿协议');
      const { record: calculation, stale } = await this.calculations.latest(caseId);
      if (stale) throw new UnprocessableEntityException(STALE_CALCULATION);
      const live = await this.agreements.findLiveByCase(caseId);
      if (live) throw new ConflictException('该案件已有有效的补偿协议，须先作废才能重新起草');
      const { record: version } = await this.schemes.validated(calculation.schemeVersionId);
      let swap: SwapDifference | null = null;
      if (input.method === 'swap') {
        if (!version.swapPricing) throw new UnprocessableEntityException('该补偿方案版本未规定产权调换价格，不能按产权调换起草');
        if (!input.swapArea) throw new UnprocessableEntityException('产权调换须填写安置房面积');
        const result = swapDifference(version.swapPricing, {
          compensationFen: calculation.totalFen,
          recognisedPersons: calculation.facts.recognisedPersons ?? 0,
          housingArea: input.swapArea,
        });
        if (!result.ok) throw new UnprocessableEntityException(result.message);
        swap = result.swap;
      }
      const created = await this.agreements.insert({
        caseId,
        projectId: caseFile.projectId,
        calculationId: calculation.id,
        method: input.method,
        status: 'draft',
        compensationFen: calculation.totalFen,
        agreedFen: agreedAmount(calculation.totalFen, swap),
        paidFen: 0n,
        paymentDeadline: input.paymentDeadline ?? null,
        movingFeeFen: roleAmount(calculation.lines, version.items, 'moving_fee'),
        temporaryResettlementFeeFen: roleAmount(calculation.lines, version.items, 'temporary_resettlement_fee'),
        transitionMethod: input.transitionMethod ?? null,
        transitionMonths: input.transitionMonths ?? null,
        swapLocation: input.method === 'swap' ? (input.swapLocation ?? null) : null,
        swapArea: swap ? swap.housingArea : null,
        entitlementArea: swap ? swap.entitlementArea : null,
        swap: swap ? storedSwap(swap) : null,
        createdBy: currentActor().username,
      });
      noteChange({
        entityType: 'agreement',
        entityId: created.id,
        projectId: caseFile.projectId,
        after: { caseId, method: created.method, agreed: yuanText(created.agreedFen) },
      });
      return created;
    });
  }

  /**
   * Signs a draft on `signedOn`: the calculation must still hold (not stale, and the signing date
   * earning the reward it was calculated with); the case moves to 已签约 through the cases library's
   * check, and the agreement takes the next 签约顺序号 of its project and method, at the case's instant.
   */
  async sign(id: string, signedOn: string): Promise<AgreementRecord> {
    return this.connection.transaction(async () => {
      await this.get(id);
      const agreement = (await this.agreements.lockById(id))!;
      if (agreement.status !== 'draft') throw new ConflictException('只有草稿协议可以签约');
      const { record: calculation, stale } = await this.calculations.state(agreement.calculationId);
      if (stale) throw new UnprocessableEntityException(STALE_CALCULATION);
      const { scheme } = await this.schemes.validated(calculation.schemeVersionId);
      const onSigning = calculate(scheme, { ...calculation.facts, signedOn });
      if (!onSigning.ok || onSigning.calculation.totalFen !== calculation.totalFen) {
        throw new UnprocessableEntityException(`按签约日期 ${signedOn} 计算的补偿与测算（测算日期 ${calculation.facts.asOf}）不一致，请按签约日期重新测算`);
      }
      const caseFile = await this.cases.transition(agreement.caseId, { to: 'signed', record: 'agreement' });
      const sequenceNo = await this.agreements.nextSequenceNo(agreement.projectId, agreement.method);
      await this.agreements.update(id, { status: 'signed', signedOn, signedAt: caseFile.statusChangedAt, signedBy: currentActor().username, sequenceNo });
      noteChange({ entityType: 'agreement', entityId: id, projectId: agreement.projectId, before: { status: 'draft' }, after: { status: 'signed', signedOn, sequenceNo } });
      return (await this.agreements.findById(id))!;
    });
  }

  /**
   * Voids an agreement with a reason. A signed one takes its case back to 已确认 (the audited 撤销签约,
   * through the cases library), and only once nothing is paid on it (payments are reversed first).
   */
  async void(id: string, reason: string): Promise<AgreementRecord> {
    return this.connection.transaction(async () => {
      await this.get(id);
      const agreement = (await this.agreements.lockById(id))!;
      if (agreement.status === 'voided') throw new ConflictException('该协议已作废');
      if (agreement.status === 'signed') {
        if (agreement.paidFen !== 0n) throw new UnprocessableEntityException(`该协议已支付 ${yuanText(agreement.paidFen)} 元，须先冲正全部支付才能作废`);
        await this.cases.transition(agreement.caseId, { to: 'confirmed', reason, record: 'agreement' });
      }
      await this.agreements.update(id, { status: 'voided', voidedAt: new Date(), voidedBy: currentActor().username, voidReason: reason });
      noteChange({ entityType: 'agreement', entityId: id, projectId: agreement.projectId, before: { status: agreement.status }, after: { status: 'voided', reason } });
      return (await this.agreements.findById(id))!;
    });
  }

  /**
   * Locks the agreement's row until the caller's transaction ends: a household's allocations take this lock first, so
   * two of its choices at once are priced one after the other, each with the other's flat.
   */
  async lock(id: string): Promise<void> {
    await this.agreements.lockById(id);
  }

  /** The swap pricing and recognised persons an agreement's 差价 is priced by (422 when it is not a swap with scheme pricing). */
  async swapBasis(agreement: AgreementRecord): Promise<{ pricing: SwapPricing; recognisedPersons: number }> {
    const basis = await this.agreements.swapBasis(agreement.id);
    if (agreement.method !== 'swap' || !basis?.pricing) throw new UnprocessableEntityException('该协议不是产权调换协议或其方案未规定产权调换价格');
    return { pricing: basis.pricing, recognisedPersons: basis.recognisedPersons };
  }

  /** The 差价 the agreement would have with `housing` (a preview: nothing is written). */
  async priceHousing(agreement: AgreementRecord, housing: Pick<AllocatedHousing, 'area' | 'unitPrices'>): Promise<SwapResult> {
    const { pricing, recognisedPersons } = await this.swapBasis(agreement);
    return swapDifference(pricing, { compensationFen: agreement.compensationFen, recognisedPersons, housingArea: housing.area, unitPrices: housing.unitPrices });
  }

  /**
   * The agreement's promised units (安置房地点), area, 差价 and agreed amount recomputed from the housing the household
   * actually holds, in the caller's transaction under the agreement's row lock, audited with before and after. Refused
   * (422) beyond the scheme's cap, or when the agreed amount would fall below what is already paid. With no housing
   * held (all released) the agreement keeps its terms but names no units.
   */
  async applyHousing(agreementId: string, housing: AllocatedHousing | null): Promise<AgreementRecord> {
    return this.connection.transaction(async () => {
      const agreement = await this.agreements.lockById(agreementId);
      if (!agreement || agreement.status !== 'signed') throw new UnprocessableEntityException('只有已签约的补偿协议可以按分配的房源更新');
      const before = { swapLocation: agreement.swapLocation, swapArea: agreement.swapArea, difference: agreement.swap?.summary ?? null, agreed: yuanText(agreement.agreedFen) };
      if (!housing) {
        await this.agreements.update(agreementId, { swapLocation: null });
        noteChange({ entityType: 'agreement', entityId: agreementId, projectId: agreement.projectId, before, after: { ...before, swapLocation: null } });
        return (await this.agreements.findById(agreementId))!;
      }
      const result = await this.priceHousing(agreement, housing);
      if (!result.ok) throw new UnprocessableEntityException(result.message);
      const agreedFen = agreedAmount(agreement.compensationFen, result.swap);
      if (agreedFen < agreement.paidFen) throw new UnprocessableEntityException(`按所选房源重新计算后应付金额 ${yuanText(agreedFen)} 元，低于已支付的 ${yuanText(agreement.paidFen)} 元，不能分配`);
      await this.agreements.update(agreementId, {
        swapLocation: housing.location.slice(0, 200),
        swapArea: result.swap.housingArea,
        entitlementArea: result.swap.entitlementArea,
        swap: storedSwap(result.swap),
        agreedFen,
      });
      noteChange({
        entityType: 'agreement',
        entityId: agreementId,
        projectId: agreement.projectId,
        before,
        after: { swapLocation: housing.location, swapArea: housing.area, difference: result.swap.summary, agreed: yuanText(agreedFen) },
      });
      return (await this.agreements.findById(agreementId))!;
    });
  }
}
