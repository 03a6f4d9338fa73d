import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { CommunicationController } from './communication/communication.controller.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { CommunicationService } from './communication/communication.service.js';
import { ReconciliationRepository } from './settlement/reconciliation.repository.js';
import { SettlementExportSource } from './settlement/settlement-export.source.js';
import { SettlementFiguresService } from './settlement/settlement-figures.service.js';
import { SettlementLabels } from './settlement/settlement-labels.js';
import { SettlementProgress } from './settlement/settlement-progress.service.js';
import { SettlementController } from './settlement/settlement.controller.js';
import { SettlementRepository } from './settlement/settlement.repository.js';
import { SettlementService } from './settlement/settlement.service.js';

/** The four mechanisms with 西虹桥公司 (沟通, 确认, 结算, 移交) as records both sides see; 沟通 and 结算 so far. */
@Module({
  imports: [LandModule, ProjectDirectoryModule, CasesModule, CompensationModule],
  controllers: [CommunicationController, SettlementController],
  providers: [CommunicationRepository, CommunicationService, SettlementRepository, ReconciliationRepository, SettlementService, SettlementProgress, SettlementFiguresService, SettlementLabels, SettlementExportSource],
  exports: [SettlementRepository, SettlementService, SettlementFiguresService, SettlementExportSource],
})
export class CompanyModule {}
