import { Injectable, OnModuleInit } from '@nestjs/common';
import { AttachmentOwners } from '@app/company';
import { currentActor } from '@app/platform';
import { milestoneAccess } from '../domain/milestone-access.js';
import { MilestoneService } from './milestone.service.js';

export const MILESTONE_OWNER = 'milestone';

/**
 * Registers a project's time node as an owner of attachments: its evidence (佐证材料). Whoever keeps the node
 * attaches (leaders included). A base's node is the town's (no project): officers, leaders and admins attach to it,
 * the town's users read it, the company does not.
 */
@Injectable()
export class MilestoneAttachmentOwner implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly milestones: MilestoneService,
  ) {}

  onModuleInit(): void {
    this.owners.register(MILESTONE_OWNER, {
      label: '时间节点',
      attachers: ['admin', 'leader', 'officer'],
      projectOf: (id) => this.milestones.projectOf(id),
      mayAttach: (projectId) => milestoneAccess(currentActor(), { projectId }) === 'write',
    });
  }
}
