import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Cases counted per project, parcel, subject kind, case status and resettlement status. Written only by the
 * statement-level triggers on `case_file` (migration DashboardSummaries), so every writer — a transition, an
 * import's set-based upsert, the seed — keeps it in its own transaction. A list's total for any combination of
 * these filters is a sum over a handful of its rows (issue 15 reads it for list counts). Rows may hold 0.
 */
@Entity('case_summary')
@Index('idx_case_summary_parcel', ['parcelId'])
export class CaseSummary {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ type: 'uuid' })
  parcelId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  subjectType: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  status: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  resettlementStatus: string;

  @Column({ type: 'bigint', default: 0 })
  cases: string;
}

/**
 * Signed agreements' money per project and parcel (the parcel of the agreement's case): how many, agreed (应付),
 * paid to the households (已付, payments less reversals). Kept by the triggers on `agreement`.
 */
@Entity('agreement_money_summary')
export class AgreementMoneySummary {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ type: 'uuid' })
  parcelId: string;

  @Column({ type: 'bigint', default: 0 })
  agreements: string;

  @Column({ type: 'bigint', default: 0 })
  agreedFen: string;

  @Column({ type: 'bigint', default: 0 })
  paidFen: string;
}

/**
 * A project's money with the company: settled (结算, confirmed statement lines' totals) and received (到账).
 * Kept by the triggers on `settlement_line` and `settlement_receipt`.
 */
@Entity('company_money_summary')
export class CompanyMoneySummary {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'bigint', default: 0 })
  settledFen: string;

  @Column({ type: 'bigint', default: 0 })
  receivedFen: string;
}

export const dashboardEntities = [CaseSummary, AgreementMoneySummary, CompanyMoneySummary];
