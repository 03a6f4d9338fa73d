import { ActionItemRecord, CommunicationRecord } from './communication/communication.entity.js';

export * from './domain/communication-rules.js';
export * from './domain/inbox.js';
export { CompanyInboxRegistry, type InboxSource } from './inbox/inbox.registry.js';
export { ActionItemRecord, CommunicationRecord } from './communication/communication.entity.js';
export { CompanyModule } from './company.module.js';

/** Entities owned by the company library. */
export const companyEntities = [CommunicationRecord, ActionItemRecord];
