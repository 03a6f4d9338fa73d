import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { maskIdNumber, searchHash, visibleProjectIds } from '@app/platform';
import { DUPLICATE_HEAD_RULE, duplicateHeadMessage, isDuplicateHeadReason } from '../../domain/duplicate-head.js';
import { DuplicateHeadRepository, type DuplicateHeadCluster } from './duplicate-head.repository.js';

/** What a write of a household head is checked with. */
export interface HeadWrite {
  projectId: string;
  /** The household being changed; null while creating it. */
  householdId: string | null;
  /** The head's 身份证号 being written (normalised). */
  headIdNumber: string;
  /** The override reason sent with the write, if any. */
  reason: string | null | undefined;
}

/** The 一人多户 rule for single writes (create, edit), and the clusters officers review. */
@Injectable()
export class DuplicateHeadService {
  constructor(private readonly repository: DuplicateHeadRepository) {}

  /**
   * Refuses (422, rule `duplicate-head`, the other households' codes in `details`) a head who already
   * heads another household of the project, unless a reason is given. Call inside the write's
   * transaction: the head stays locked until it commits, so concurrent writes are checked one by one.
   */
  async check(write: HeadWrite): Promise<void> {
    const hash = searchHash(write.headIdNumber);
    await this.repository.lockHead(write.projectId, hash);
    const others = await this.repository.otherHouseholdCodes(write.projectId, hash, write.householdId);
    if (!others.length || isDuplicateHeadReason(write.reason)) return;
    const message = duplicateHeadMessage(maskIdNumber(write.headIdNumber), others);
    throw new UnprocessableEntityException({
      message,
      details: [{ field: 'headIdNumber', message, rule: DUPLICATE_HEAD_RULE, households: others }],
    });
  }

  /** The heads of several households in one project, within the caller's projects (optionally one project). */
  clusters(projectCode?: string): Promise<DuplicateHeadCluster[]> {
    return this.repository.clusters(visibleProjectIds(), projectCode);
  }
}
