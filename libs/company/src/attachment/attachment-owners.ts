import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canSeeProject, canWriteProject, currentActor, type Role } from '@app/platform';
import { ATTACHMENT_MESSAGES } from '../domain/attachment-rules.js';

/** What `projectOf` answers for a record that belongs to the town rather than to one project (an annual target, a base's time node). */
export const TOWN_WIDE = 'town-wide' as const;

/** How one kind of record owns attachments: the library that owns the record registers it. */
export interface AttachmentOwner {
  /** The record in Chinese, for messages (e.g. `沟通记录`). */
  label: string;
  /** The record's project, `TOWN_WIDE` for a record of the town's, or null when there is no such record. */
  projectOf(ownerId: string): Promise<string | typeof TOWN_WIDE | null>;
  /**
   * Who may attach files to it: for a project's record, officers and the company in their projects (admin anywhere);
   * for a town-wide record, any user with one of these roles.
   */
  attachers: readonly Role[];
  /** Town-wide records only: who may see them and their files (every role but the company's, unless named). */
  readers?: readonly Role[];
  /**
   * Optional: who may attach, for an owner whose writers the project rule over `attachers` does not fit
   * (a leader keeping time nodes). When given it decides instead of `canWriteProject(projectId, attachers)`.
   */
  mayAttach?(projectId: string): boolean;
}

/** Who sees a town-wide record's files when its owner names no readers. */
const TOWN_READERS: readonly Role[] = ['admin', 'officer', 'finance', 'leader'];
const hasAnyRole = (roles: readonly Role[]) => currentActor().roles.some((r) => roles.includes(r));

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

  /**
   * The owner's project (null for a town-wide record) if the caller may see the owner: 404 otherwise (also outside
   * the caller's projects, or a town-wide record its role may not read), 422 for an unknown type.
   */
  async visible(ownerType: string, ownerId: string): Promise<{ projectId: string | null; owner: AttachmentOwner }> {
    const owner = this.owners.get(ownerType);
    if (!owner)
      throw new UnprocessableEntityException({
        message: ATTACHMENT_MESSAGES.unknownOwner(ownerType),
        details: [{ field: 'ownerType', message: ATTACHMENT_MESSAGES.unknownOwner(ownerType) }],
      });
    const projectId = await owner.projectOf(ownerId);
    if (projectId === TOWN_WIDE) {
      if (!hasAnyRole(owner.readers ?? TOWN_READERS)) throw new NotFoundException(`${owner.label}不存在`);
      return { projectId: null, owner };
    }
    if (!projectId || !canSeeProject(projectId)) throw new NotFoundException(`${owner.label}不存在`);
    return { projectId, owner };
  }

  /** As `visible`, and the caller may attach to it (403 otherwise). */
  async attachable(ownerType: string, ownerId: string): Promise<{ projectId: string | null; owner: AttachmentOwner }> {
    const found = await this.visible(ownerType, ownerId);
    const may =
      found.projectId === null
        ? hasAnyRole(found.owner.attachers)
        : found.owner.mayAttach
          ? found.owner.mayAttach(found.projectId)
          : canWriteProject(found.projectId, found.owner.attachers);
    if (!may) throw new ForbiddenException(`当前用户不能为${found.owner.label}上传附件`);
    return found;
  }
}
