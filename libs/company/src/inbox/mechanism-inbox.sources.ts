import { Injectable, OnModuleInit } from '@nestjs/common';
import { toShanghaiIso } from '@app/platform';
import { ConfirmationRepository } from '../confirmation/confirmation.repository.js';
import { HandoverRepository } from '../handover/handover.repository.js';
import { SettlementRepository } from '../settlement/settlement.repository.js';
import { CompanyInboxRegistry } from './inbox.registry.js';

/** What waits for the company in 确认, 结算 and 移交, registered with its 待办 (沟通 registers its overdue items itself). */
@Injectable()
export class MechanismInboxSources implements OnModuleInit {
  constructor(
    private readonly inbox: CompanyInboxRegistry,
    private readonly confirmations: ConfirmationRepository,
    private readonly settlements: SettlementRepository,
    private readonly handovers: HandoverRepository,
  ) {}

  onModuleInit(): void {
    this.inbox.register({
      kind: 'confirmation_batch',
      pending: async (projectIds) =>
        (await this.confirmations.waitingForCompany(projectIds)).map((b) => ({
          kind: 'confirmation_batch',
          kindLabel: '待确认批次',
          refId: b.id,
          projectId: b.projectId,
          title: `确认批次 第 ${b.number} 批`,
          detail: `${b.waiting} 件案件待确认或退回`,
          since: toShanghaiIso(b.submittedAt).slice(0, 10),
          dueOn: null,
          link: `/confirmations/${b.id}`,
        })),
    });
    this.inbox.register({
      kind: 'settlement_statement',
      pending: async (projectIds) =>
        (await this.settlements.waitingForCompany(projectIds)).map((s) => ({
          kind: 'settlement_statement',
          kindLabel: '待确认结算单',
          refId: s.id,
          projectId: s.projectId,
          title: `结算单 ${s.number}`,
          detail: `${s.waiting} 行待确认或提出异议`,
          since: s.issuedOn,
          dueOn: null,
          link: `/settlements/${s.id}`,
        })),
    });
    this.inbox.register({
      kind: 'handover',
      pending: async (projectIds) =>
        (await this.handovers.waitingForCompany(projectIds)).map((h) => ({
          kind: 'handover',
          kindLabel: '待接收移交单',
          refId: h.id,
          projectId: h.projectId,
          title: `地块 ${h.parcelCode} 移交单`,
          detail: `移交面积 ${h.area} ㎡，待接收或退回`,
          since: h.since,
          dueOn: null,
          link: `/handovers?project=${encodeURIComponent(h.projectCode)}`,
        })),
    });
  }
}
