import { Injectable } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { AgreementService } from '../agreement/agreement.service.js';
import { agreementView } from '../agreement/agreement.view.js';
import { CalculationService } from '../calculation/calculation.service.js';
import { calculationView } from '../calculation/calculation.view.js';
import { paymentBalance } from '../domain/payment-balance.js';
import { yuanText } from '../domain/money.js';
import { caseInScope } from '../shared/case-in-scope.js';
import { PaymentService } from './payment.service.js';
import { PaymentViews } from './payment-views.js';
import type { CaseMoneyView } from './payment.view.js';

/** A case's money in one answer: latest calculation, live agreement, its payments and the balance. */
@Injectable()
export class CaseMoneyService {
  constructor(
    private readonly cases: CaseService,
    private readonly calculations: CalculationService,
    private readonly agreements: AgreementService,
    private readonly payments: PaymentService,
    private readonly views: PaymentViews,
  ) {}

  async money(caseId: string): Promise<CaseMoneyView> {
    await caseInScope(this.cases, caseId);
    const [latest] = await this.calculations.list(caseId);
    const agreement = await this.agreements.liveOf(caseId);
    const payments = agreement ? await this.payments.listByAgreement(agreement.id) : [];
    const balance = agreement ? paymentBalance(agreement.agreedFen, payments.map((p) => ({ id: p.id, kind: p.kind, amountFen: p.amountFen }))) : null;
    return {
      caseId,
      calculation: latest ? calculationView(latest) : null,
      agreement: agreement ? agreementView(agreement) : null,
      payments: await this.views.of(payments),
      balance: balance ? { agreed: yuanText(balance.agreedFen), paid: yuanText(balance.paidFen), balance: yuanText(balance.balanceFen) } : null,
    };
  }
}
