import { Injectable } from '@nestjs/common';
import { SettlementRepository, statementNumber } from '@app/company';
import { DEMO_ADVANCE_FEN, demoSettlementPlan } from './domain/demo-settlement.js';
import type { DemoData } from './domain/demo-types.js';

/** The demo's 结算 through the company library: statements of the settled cases, one waiting for the company, 预算 and 审定. */
@Injectable()
export class DemoSettlementSeeder {
  constructor(private readonly settlements: SettlementRepository) {}

  /** Call inside the seed's transaction, after the money seeder (the lines read the signed agreements). */
  async seed(data: DemoData): Promise<void> {
    const plan = demoSettlementPlan(data);
    for (const s of plan.statements) {
      await this.settlements.loadDemoStatement({
        projectId: s.projectId,
        seq: s.seq,
        number: statementNumber(s.projectCode, s.seq),
        issuedOn: s.issuedOn,
        confirmed: s.kind === 'confirmed',
        caseIds: s.caseIds,
        disputed: s.disputed,
        receivedOn: s.receivedOn,
        advanceFen: s.kind === 'waiting' ? DEMO_ADVANCE_FEN : null,
        actor: 'finance',
      });
    }
    for (const f of plan.figures) await this.settlements.loadDemoFigures({ ...f, actor: 'finance' });
  }
}
