import { Injectable, OnModuleInit } from '@nestjs/common';
import { AttachmentOwners, TOWN_WIDE } from '@app/company';
import { currentActor } from '@app/platform';
import { OwnershipRepository } from './ownership.repository.js';
import { OwnershipService } from './ownership.service.js';

/** The owner type of an ownership record's documents (权属来源证明, 确权材料, 证书扫描件). */
export const OWNERSHIP_OWNER = 'land_ownership';

/**
 * Registers an ownership record as an owner of attachments. A record on a parcel belongs to the parcel's project; a
 * record of land in no project is answered as one of the caller's projects in its village (so an officer working
 * there reaches it) or, for admins and leaders, as town-wide.
 */
@Injectable()
export class OwnershipAttachmentOwner implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly ownership: OwnershipService,
    private readonly records: OwnershipRepository,
  ) {}

  onModuleInit(): void {
    this.owners.register(OWNERSHIP_OWNER, {
      label: '集体土地所有权记录',
      attachers: ['admin', 'officer'],
      readers: ['admin', 'leader'],
      projectOf: async (id) => {
        const record = await this.ownership.visibleRecord(id);
        if (!record) return null;
        if (record.projectId) return record.projectId;
        const actor = currentActor();
        if (!actor.roles.includes('officer') || actor.roles.includes('admin') || actor.roles.includes('leader')) return TOWN_WIDE;
        for (const projectId of actor.projectIds) if (await this.records.villageInScope(record.village, [projectId])) return projectId;
        return null;
      },
      mayAttach: (projectId) => {
        const actor = currentActor();
        return actor.roles.includes('admin') || (actor.roles.includes('officer') && actor.projectIds.includes(projectId));
      },
    });
  }
}
