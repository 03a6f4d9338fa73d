import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { PROJECT_DIRECTORY, type ProjectDirectory } from '@app/platform';
import { AttachmentOwners } from './attachment/attachment-owners.js';
import { COMMUNICATION_WRITERS } from './communication/communication.service.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { HANDOVER_OWNER } from './handover/handover.controller.js';
import { HandoverService } from './handover/handover.service.js';
import { AUDIT_REPORT_OWNER } from './settlement/settlement-figures.service.js';
import { SETTLEMENT_FINANCE } from './settlement/settlement.service.js';

/** Registers the company library's own records that carry attachments: 沟通记录, 移交单 and a project's 审计报告 (结算). */
@Injectable()
export class CompanyAttachmentOwners implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly communications: CommunicationRepository,
    private readonly handovers: HandoverService,
    @Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory,
  ) {}

  onModuleInit(): void {
    this.owners.register('communication', {
      label: '沟通记录',
      attachers: COMMUNICATION_WRITERS,
      projectOf: async (id) => (await this.communications.findById(id))?.projectId ?? null,
    });
    // Both sides attach to a 移交单: the town its drawings, the company the signed scan.
    // The audit report behind a project's 审定 figure: owned by the project (its id), attached by finance.
    this.owners.register(AUDIT_REPORT_OWNER, {
      label: '审计报告',
      attachers: SETTLEMENT_FINANCE,
      projectOf: async (id) => (await this.directory.findByIds([id]))[0]?.id ?? null,
    });
    this.owners.register(HANDOVER_OWNER, { label: '移交单', attachers: ['officer', 'admin', 'company'], projectOf: (id) => this.handovers.projectOf(id) });
  }
}
