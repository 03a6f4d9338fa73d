import { DynamicModule, Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { ConfirmationRecordsModule } from '@app/company';
import { ExcelModule } from '@app/excel';
import { LandModule } from '@app/land';
import { PlatformModule, type AppConfig } from '@app/platform';
import { ResettlementModule } from '@app/resettlement';
import { TargetsModule } from '@app/targets';
import { LandAdminModule } from '@app/land-admin';
import { NotificationsModule } from '@app/notifications';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { SubjectsModule } from '@app/subjects';

/** The queue consumer: the same libraries as the api (their job handlers), no HTTP routes. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ app: 'worker', config, databaseUrl, entities: ENTITIES, migrations: MIGRATIONS }),
        LandModule,
        CasesModule,
        // Imports that change confirmed facts void the confirmation; its line records that.
        ConfirmationRecordsModule,
        SubjectsModule,
        ExcelModule,
        // the monthly 过渡费 accrual (scheduled job)
        ResettlementModule,
        TargetsModule,
        LandAdminModule,
        NotificationsModule,
      ],
    };
  }
}
