import { Injectable } from '@nestjs/common';
import { ProjectCodes } from '../shared/project-codes.js';
import { SubjectLabels } from '../shared/subject-labels.js';
import type { PaymentRecord } from './payment.entity.js';
import { paymentView, type PaymentView } from './payment.view.js';

/** Payment entries as answered: each with its project's code and its subject's code and party, read in two queries for any number. */
@Injectable()
export class PaymentViews {
  constructor(
    private readonly codes: ProjectCodes,
    private readonly subjects: SubjectLabels,
  ) {}

  async of(payments: readonly PaymentRecord[]): Promise<PaymentView[]> {
    const [codes, subjects] = await Promise.all([this.codes.of(payments.map((p) => p.projectId)), this.subjects.ofCases(payments.map((p) => p.caseId))]);
    return payments.map((p) => paymentView(p, codes.get(p.projectId) ?? '', subjects.get(p.caseId) ?? null));
  }

  async one(payment: PaymentRecord): Promise<PaymentView> {
    return (await this.of([payment]))[0]!;
  }
}
