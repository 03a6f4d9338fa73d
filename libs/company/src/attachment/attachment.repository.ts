import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { AttachmentRecord } from './attachment.entity.js';

/** Database access for attachments. */
@Injectable()
export class AttachmentRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(AttachmentRecord);
  }

  insert(row: Omit<AttachmentRecord, 'id' | 'uploadedAt'>): Promise<AttachmentRecord> {
    return this.repo.save(this.repo.create(row));
  }

  findById(id: string): Promise<AttachmentRecord | null> {
    return this.repo.findOneBy({ id });
  }

  /** An owner's attachments, in the order they were uploaded. */
  listByOwner(ownerType: string, ownerId: string): Promise<AttachmentRecord[]> {
    return this.repo.find({ where: { ownerType, ownerId }, order: { uploadedAt: 'ASC' } });
  }

  /** Attachments of several owners of one type (for lists that show them with each record). */
  listByOwners(ownerType: string, ownerIds: readonly string[]): Promise<AttachmentRecord[]> {
    return ownerIds.length ? this.repo.find({ where: { ownerType, ownerId: In([...ownerIds]) }, order: { uploadedAt: 'ASC' } }) : Promise.resolve([]);
  }
}
