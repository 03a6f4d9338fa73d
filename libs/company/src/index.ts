import { AttachmentRecord } from './attachment/attachment.entity.js';
import { ActionItemRecord, CommunicationRecord } from './communication/communication.entity.js';
import { HandoverExclusion, HandoverRecord } from './handover/handover.entity.js';

export * from './domain/communication-rules.js';
export * from './domain/attachment-rules.js';
export * from './domain/handover-rules.js';
export { ActionItemRecord, CommunicationRecord } from './communication/communication.entity.js';
export { AttachmentRecord } from './attachment/attachment.entity.js';
export { AttachmentOwners, type AttachmentOwner } from './attachment/attachment-owners.js';
export { AttachmentService } from './attachment/attachment.service.js';
export { HandoverExclusion, HandoverRecord } from './handover/handover.entity.js';
export { HandoverService } from './handover/handover.service.js';
export { CompanyModule } from './company.module.js';

/** Entities owned by the company library. */
export const companyEntities = [CommunicationRecord, ActionItemRecord, AttachmentRecord, HandoverRecord, HandoverExclusion];
