import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { LandModule } from '@app/land';
import { declareJobs } from '@app/platform';
import { SubjectsModule } from '@app/subjects';
import { AgreementPrintService } from './agreement/agreement-print.service.js';
import { AgreementController } from './agreement/agreement.controller.js';
import { AgreementRepository } from './agreement/agreement.repository.js';
import { AgreementService } from './agreement/agreement.service.js';
import { SignedHistoryLoader } from './agreement/signed-history.loader.js';
import { CalculationController } from './calculation/calculation.controller.js';
import { CalculationRepository } from './calculation/calculation.repository.js';
import { CalculationService } from './calculation/calculation.service.js';
import { SubjectFactsReader } from './calculation/subject-facts.reader.js';
import { MoneyLedgerRepository } from './ledger/money-ledger.repository.js';
import { CaseMoneyService } from './payment/case-money.service.js';
import { MoneyInvariantsRepository } from './payment/money-invariants.repository.js';
import { PaymentController } from './payment/payment.controller.js';
import { PaymentRepository } from './payment/payment.repository.js';
import { PaymentService } from './payment/payment.service.js';
import { RecalculationJobHandler } from './recalculation/recalculation-job.handler.js';
import { RecalculationController } from './recalculation/recalculation.controller.js';
import { RecalculationJob } from './recalculation/recalculation.job.js';
import { RecalculationRepository } from './recalculation/recalculation.repository.js';
import { RecalculationService } from './recalculation/recalculation.service.js';
import { SchemeController } from './scheme/scheme.controller.js';
import { SchemeRepository } from './scheme/scheme.repository.js';
import { SchemeService } from './scheme/scheme.service.js';
import { ProjectCodes } from './shared/project-codes.js';
import { SubjectLabels } from './shared/subject-labels.js';
import { PaymentViews } from './payment/payment-views.js';
import { PaymentListeners } from './payment/payment-listeners.js';

/** Schemes, calculations, agreements and payments: the money behind the case lifecycle. */
@Module({
  imports: [LandModule, CasesModule, SubjectsModule],
  controllers: [SchemeController, CalculationController, AgreementController, PaymentController, RecalculationController],
  providers: [
    ProjectCodes,
    SchemeRepository,
    SchemeService,
    SubjectFactsReader,
    CalculationRepository,
    CalculationService,
    AgreementRepository,
    AgreementService,
    AgreementPrintService,
    SignedHistoryLoader,
    PaymentRepository,
    PaymentService,
    CaseMoneyService,
    MoneyInvariantsRepository,
    MoneyLedgerRepository,
    SubjectLabels,
    PaymentViews,
    PaymentListeners,
    RecalculationRepository,
    RecalculationService,
    RecalculationJobHandler,
  ],
  exports: [ProjectCodes, PaymentListeners, RecalculationService, MoneyLedgerRepository, SignedHistoryLoader, SchemeService, CalculationService, AgreementService, PaymentService, MoneyInvariantsRepository],
})
export class CompensationModule {
  // Declared when the module joins an app, not when the library is imported (as the excel library does).
  constructor() {
    declareJobs(RecalculationJob);
  }
}
