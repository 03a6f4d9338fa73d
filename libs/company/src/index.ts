import { AttachmentRecord } from './attachment/attachment.entity.js';
import { ActionItemRecord, CommunicationRecord } from './communication/communication.entity.js';
import { ConfirmationBatchRecord, ConfirmationLineRecord } from './confirmation/confirmation.entity.js';
import { HandoverExclusion, HandoverRecord } from './handover/handover.entity.js';
import { ProjectSettlementFigures, SettlementLine, SettlementReceipt, SettlementStatement } from './settlement/settlement.entity.js';

export * from './domain/communication-rules.js';
export * from './domain/attachment-rules.js';
export * from './domain/handover-rules.js';
export * from './domain/confirmation-rules.js';
export * from './domain/inbox.js';
export * from './domain/settlement-rules.js';
export * from './domain/reconciliation.js';
export { CompanyInboxRegistry, type InboxSource } from './inbox/inbox.registry.js';
export { ActionItemRecord, CommunicationRecord } from './communication/communication.entity.js';
export { ConfirmationBatchRecord, ConfirmationLineRecord } from './confirmation/confirmation.entity.js';
export { ConfirmationRecordsModule } from './confirmation/confirmation-records.module.js';
export { ConfirmationRepository } from './confirmation/confirmation.repository.js';
export { AttachmentRecord } from './attachment/attachment.entity.js';
export { AttachmentOwners, type AttachmentOwner, TOWN_WIDE } from './attachment/attachment-owners.js';
export { AttachmentService } from './attachment/attachment.service.js';
export { HandoverExclusion, HandoverRecord } from './handover/handover.entity.js';
export { HandoverService } from './handover/handover.service.js';
export { CompanyModule } from './company.module.js';
export { SettlementFiguresService } from './settlement/settlement-figures.service.js';
export { SettlementRepository } from './settlement/settlement.repository.js';
export { SettlementService } from './settlement/settlement.service.js';
export { SettlementExportSource, type ReconciliationExport, type StatementExport } from './settlement/settlement-export.source.js';

/** Entities owned by the company library. */
export const companyEntities = [
  CommunicationRecord,
  ActionItemRecord,
  ConfirmationBatchRecord,
  ConfirmationLineRecord,
  SettlementStatement,
  SettlementLine,
  SettlementReceipt,
  ProjectSettlementFigures,
  AttachmentRecord,
  HandoverRecord,
  HandoverExclusion,
];
export { HandoverHoldsRegistry, holdsMessage, type HandoverHold, type HandoverHoldSource } from './handover/handover-holds.registry.js';
