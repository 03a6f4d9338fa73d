import { Injectable, OnModuleInit } from '@nestjs/common';
import { AttachmentOwners } from './attachment/attachment-owners.js';
import { COMMUNICATION_WRITERS } from './communication/communication.service.js';
import { CommunicationRepository } from './communication/communication.repository.js';
import { HANDOVER_OWNER } from './handover/handover.controller.js';
import { HandoverService } from './handover/handover.service.js';

/** Registers the company library's own records that carry attachments: 沟通记录 and 移交单. */
@Injectable()
export class CompanyAttachmentOwners implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly communications: CommunicationRepository,
    private readonly handovers: HandoverService,
  ) {}

  onModuleInit(): void {
    this.owners.register('communication', {
      label: '沟通记录',
      attachers: COMMUNICATION_WRITERS,
      projectOf: async (id) => (await this.communications.findById(id))?.projectId ?? null,
    });
    // Both sides attach to a 移交单: the town its drawings, the company the signed scan.
    this.owners.register(HANDOVER_OWNER, { label: '移交单', attachers: ['officer', 'admin', 'company'], projectOf: (id) => this.handovers.projectOf(id) });
  }
}
