import { Injectable } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { ProjectService } from '@app/land';
import { CalculationService } from '../calculation/calculation.service.js';
import { SubjectFactsReader } from '../calculation/subject-facts.reader.js';
import { ProjectCodes } from '../shared/project-codes.js';
import { caseInScope } from '../shared/case-in-scope.js';
import { AGREEMENT_METHOD_LABELS } from './agreement.entity.js';
import { AgreementService } from './agreement.service.js';
import { agreementView, printAmount, type AgreementPrintView } from './agreement.view.js';

/** The data of an agreement's print view: the parties, its terms, every applicable line and the totals in figures and 大写. */
@Injectable()
export class AgreementPrintService {
  constructor(
    private readonly agreements: AgreementService,
    private readonly calculations: CalculationService,
    private readonly cases: CaseService,
    private readonly subjects: SubjectFactsReader,
    private readonly projects: ProjectService,
    private readonly codes: ProjectCodes,
  ) {}

  async print(id: string): Promise<AgreementPrintView> {
    const agreement = await this.agreements.get(id);
    const caseFile = await caseInScope(this.cases, agreement.caseId);
    const { record: calculation } = await this.calculations.state(agreement.calculationId);
    const project = await this.projects.getByCode(await this.codes.one(agreement.projectId));
    const { party, code } = await this.subjects.partyOf(caseFile);
    return {
      agreement: agreementView(agreement),
      projectName: project.name,
      projectCode: project.code,
      acquirer: project.acquirer,
      party,
      subjectCode: code,
      lines: calculation.lines.filter((l) => l.applicable).map((l) => printAmount(l.name, BigInt(l.amountFen), l.words)),
      total: printAmount('补偿总额', agreement.compensationFen),
      payable: printAmount(agreement.method === 'swap' ? '应付差价' : `应付${AGREEMENT_METHOD_LABELS[agreement.method]}金额`, agreement.agreedFen),
    };
  }
}
