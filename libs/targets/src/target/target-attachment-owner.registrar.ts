import { Injectable, OnModuleInit } from '@nestjs/common';
import { AttachmentOwners, TOWN_WIDE } from '@app/company';
import { TargetRepository } from './target.repository.js';

/** The owner type of a target's attachments (the evidence of its manual progress). */
export const TARGET_OWNER = 'annual_target';

/**
 * Registers an annual target as a town-wide owner of attachments: the evidence (佐证材料) of its progress entries,
 * uploaded by those who record progress (leaders, admins) and read by the town's users.
 */
@Injectable()
export class TargetAttachmentOwner implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly targets: TargetRepository,
  ) {}

  onModuleInit(): void {
    this.owners.register(TARGET_OWNER, {
      label: '年度目标',
      attachers: ['admin', 'leader'],
      projectOf: async (id) => ((await this.targets.exists(id)) ? TOWN_WIDE : null),
    });
  }
}
