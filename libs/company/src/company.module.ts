import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { CommunicationController } from './communication/communication.controller.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { CommunicationService } from './communication/communication.service.js';
import { ConfirmationController } from './confirmation/confirmation.controller.js';
import { ConfirmationRecordsModule } from './confirmation/confirmation-records.module.js';
import { ConfirmationService } from './confirmation/confirmation.service.js';
import { InboxController } from './inbox/inbox.controller.js';
import { CompanyInboxRegistry } from './inbox/inbox.registry.js';
import { InboxService } from './inbox/inbox.service.js';

/** The four mechanisms with 西虹桥公司 (沟通, 确认, 结算, 移交) as records both sides see; 沟通 and 确认 so far. */
@Module({
  imports: [LandModule, ProjectDirectoryModule, CasesModule, CompensationModule, ConfirmationRecordsModule],
  controllers: [CommunicationController, ConfirmationController, InboxController],
  providers: [CommunicationRepository, CommunicationService, ConfirmationService, CompanyInboxRegistry, InboxService],
  exports: [CompanyInboxRegistry],
})
export class CompanyModule {}
