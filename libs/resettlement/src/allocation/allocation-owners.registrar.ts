import { Injectable, OnModuleInit } from '@nestjs/common';
import { AttachmentOwners } from '@app/company';
import { CHOOSING_WRITERS } from '../domain/choosing-rules.js';
import { AllocationRepository } from './allocation.repository.js';
import { ALLOCATION_OWNER } from './allocation.service.js';

/** Registers an allocation as an owner of attachments: its signed 交房 receipt. */
@Injectable()
export class AllocationAttachmentOwner implements OnModuleInit {
  constructor(
    private readonly owners: AttachmentOwners,
    private readonly allocations: AllocationRepository,
  ) {}

  onModuleInit(): void {
    this.owners.register(ALLOCATION_OWNER, { label: '房源分配', attachers: CHOOSING_WRITERS, projectOf: (id) => this.allocations.projectOf(id) });
  }
}
