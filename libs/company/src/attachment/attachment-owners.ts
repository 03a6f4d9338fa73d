import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canSeeProject, canWriteProject, type Role } from '@app/platform';
import { ATTACHMENT_MESSAGES } from '../domain/attachment-rules.js';

/** How one kind of record owns attachments: the library that owns the record registers it. */
export interface AttachmentOwner {
  /** The record in Chinese, for messages (e.g. `沟通记录`). */
  label: string;
  /** The record's project, or null when there is no such record. */
  projectOf(ownerId: string): Promise<string | null>;
  /** Who may attach files to it (officers and the company in their projects; admin anywhere). */
  attachers: readonly Role[];
  /**
   * Optional: who may attach, for an owner whose writers the project rule over `attachers` does not fit
   * (a leader keeping time nodes). When given it decides instead of `canWriteProject(projectId, attachers)`.
   */
  mayAttach?(projectId: string): boolean;
}

/**
 * The owner types attachments may belong to. Each library registers its record once, e.g. in
 * `onModuleInit`: `owners.register('audit_report', { label: '审计报告', projectOf, attachers })`. An
 * owner type nobody registered is refused (fail closed).
 */
@Injectable()
export class AttachmentOwners {
  private readonly owners = new Map<string, AttachmentOwner>();

  register(ownerType: string, owner: AttachmentOwner): void {
    if (this.owners.has(ownerType)) throw new Error(`attachment owner type ${ownerType} registered twice`);
    this.owners.set(ownerType, owner);
  }

  types(): string[] {
    return [...this.owners.keys()];
  }

  /** The owner's project if the caller may see the owner: 404 otherwise (also outside the caller's projects), 422 for an unknown type. */
  async visible(ownerType: string, ownerId: string): Promise<{ projectId: string; owner: AttachmentOwner }> {
    const owner = this.owners.get(ownerType);
    if (!owner) throw new UnprocessableEntityException({ message: ATTACHMENT_MESSAGES.unknownOwner(ownerType), details: [{ field: 'ownerType', message: ATTACHMENT_MESSAGES.unknownOwner(ownerType) }] });
    const projectId = await owner.projectOf(ownerId);
    if (!projectId || !canSeeProject(projectId)) throw new NotFoundException(`${owner.label}不存在`);
    return { projectId, owner };
  }

  /** As `visible`, and the caller may attach to it (403 otherwise). */
  async attachable(ownerType: string, ownerId: string): Promise<{ projectId: string; owner: AttachmentOwner }> {
    const found = await this.visible(ownerType, ownerId);
    const may = found.owner.mayAttach ? found.owner.mayAttach(found.projectId) : canWriteProject(found.projectId, found.owner.attachers);
    if (!may) throw new ForbiddenException(`当前用户不能为${found.owner.label}上传附件`);
    return found;
  }
}
