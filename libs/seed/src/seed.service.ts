import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { hashPassword } from '@app/identity';
import { AppConfig, TransactionalConnection } from '@app/platform';
import { buildDemoData } from './domain/demo-data.js';
import { countDemoData, type DemoCounts } from './domain/demo-types.js';
import { DEMO_PASSWORD, DEMO_USERS } from './domain/demo-users.js';
import { DemoAllocationSeeder } from './demo-allocation.seeder.js';
import { DemoTargetsSeeder } from './demo-targets.seeder.js';
import { DemoHandoverSeeder } from './demo-handover.seeder.js';
import { DemoConfirmationSeeder } from './demo-confirmation.seeder.js';
import { DemoMoneySeeder } from './demo-money.seeder.js';
import { DemoSettlementSeeder } from './demo-settlement.seeder.js';
import { DemoTransitionalSeeder } from './demo-transitional.seeder.js';
import { DemoResettlementInventorySeeder } from './demo-resettlement-inventory.seeder.js';
import { DemoMilestonesSeeder } from './demo-milestones.seeder.js';
import { DemoRectificationSeeder } from './demo-rectification.seeder.js';
import { DemoOwnershipSeeder } from './demo-ownership.seeder.js';
import { SeedRepository } from './seed.repository.js';

export type SeedOutcome =
  { seeded: true; counts: DemoCounts; ms: number } | { seeded: false; reason: 'production' | 'disabled' | 'not_empty' };

/**
 * Loads the demo data (the 2013 projects around 西虹桥 with their households, enterprises,
 * facilities, legacy bases and cases) into an empty database outside production.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly seeds: SeedRepository,
    private readonly cases: CaseService,
    private readonly connection: TransactionalConnection,
    private readonly config: AppConfig,
    /** The money behind the demo cases: never left out, or a signed demo case would have no agreement. */
    private readonly money: DemoMoneySeeder,
    private readonly confirmation: DemoConfirmationSeeder,
    /** The demo's 结算单 and receipts: every settled case settled through a confirmed statement. */
    private readonly settlement: DemoSettlementSeeder,
    /** The 移交单 behind the handed-over parcels. */
    private readonly handovers: DemoHandoverSeeder,
    /** The 安置基地 with their buildings and flats. */
    private readonly inventory: DemoResettlementInventorySeeder,
    /** 选房 and allocations on the units present (after the inventory): delivered flats, 期房, one published round. */
    private readonly allocations: DemoAllocationSeeder,
    /** Last: the tracks and 过渡费 derived from everything seeded before (allocations and deliveries included). */
    private readonly transitional: DemoTransitionalSeeder,
    /** After the tracks: the 2013 plan's annual targets (the 536 quota counts those tracks). */
    private readonly targets: DemoTargetsSeeder,
    /** After the resettlement seeders: the advancement plan's time nodes (二联, 金联, 明珠 read from the bases). */
    private readonly milestones: DemoMilestonesSeeder,
    /** After the handovers: the 综合整治 register keeps off parcels handed over or waiting for the company. */
    private readonly rectification: DemoRectificationSeeder,
    /** The 集体土地所有权 register of the demo villages (consistent with the parcels) and one 归并方案. */
    private readonly ownership: DemoOwnershipSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedIfEmpty();
  }

  /** Seeds the demo data when allowed and the database has no project yet; otherwise changes nothing. */
  async seedIfEmpty(): Promise<SeedOutcome> {
    if (this.config.isProduction) return { seeded: false, reason: 'production' };
    if (!this.config.SEED_DEMO) return { seeded: false, reason: 'disabled' };
    if (await this.seeds.hasProjects()) return { seeded: false, reason: 'not_empty' };

    const started = performance.now();
    const data = buildDemoData();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // One transaction: a crash leaves nothing half-seeded. The lock makes a second starter wait,
    // then see the projects the first one committed.
    const seeded = await this.connection.transaction(async () => {
      await this.seeds.lockForSeeding();
      if (await this.seeds.hasProjects()) return false;
      await this.seeds.insertAll(data);
      // Every case and its history through the cases library, checked against the lifecycle table.
      await this.cases.loadHistories(data.cases, data.transitions);
      // The money behind them: schemes, and every signed case's calculation, agreement and payments.
      await this.money.seed(data);
      // The confirmation batches behind every confirmed case, and a few waiting for the company.
      await this.confirmation.seed(data);
      // Their 结算: statements of the settled cases with receipts, one waiting for the company, 预算 and 审定.
      await this.settlement.seed(data);
      // The 移交单 behind every handed-over parcel, and one ready parcel's waiting for the company.
      await this.handovers.seed(data);
      // The 安置基地, their buildings and flats (现房 on the completed bases, 期房 on 二联).
      await this.inventory.seed();
      // 选房 on those flats: delivered flats of the agreed area, 期房 on 二联, one published round.
      await this.allocations.seed(data);
      await this.seeds.insertUsers(DEMO_USERS, passwordHash);
      // LAST: every household's resettlement track and its case mirror from the records, the 过渡费 accrued, one batch paid.
      await this.transitional.seed();
      // The advancement plan's time nodes, from the projects, the cases' histories, the 移交单 and the bases' stages.
      await this.milestones.seed(data);
      await this.rectification.seed(data);
      // The 2013 plan's targets (实事工程): the manual ones with demo progress, 金联前期手续 on its time node.
      await this.targets.seed();
      // The 集体土地所有权 register of the demo villages, each collective parcel divided among its owners, and a draft 归并方案.
      await this.ownership.seed(data);
      return true;
    });
    if (!seeded) return { seeded: false, reason: 'not_empty' };

    const counts = countDemoData(data);
    const ms = Math.round(performance.now() - started);
    this.logger.log(
      `已载入演示数据：项目 ${counts.projects} 个、地块 ${counts.parcels} 块、民房 ${counts.households} 户（家庭成员 ${counts.members} 人）、` +
        `企业 ${counts.enterprises} 家、市政设施 ${counts.facilities} 处、遗留基地 ${counts.legacyBases} 处、` +
        `案件 ${counts.cases} 件（状态记录 ${counts.transitions} 条）、演示账号 ${DEMO_USERS.length} 个，用时 ${ms} 毫秒`,
    );
    return { seeded: true, counts, ms };
  }
}
