import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { CompanyModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { ExcelModule } from '@app/excel';
import { IdentityModule } from '@app/identity';
import { LandModule } from '@app/land';
import { ResettlementModule } from '@app/resettlement';
import { TargetsModule } from '@app/targets';
import { LandAdminModule } from '@app/land-admin';
import { NotificationsModule } from '@app/notifications';
import { PlatformModule, RequestContextMiddleware, type AppConfig, type PlatformOptions } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { SeedModule } from '@app/seed';
import { SubjectsModule } from '@app/subjects';
import { ReferenceController } from './reference/reference.controller.js';

/** The HTTP app: wires the platform and every bounded area's library. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: Pick<PlatformOptions, 'logDestination'> = {}): DynamicModule {
    return {
      module: AppModule,
      controllers: [ReferenceController],
      imports: [
        PlatformModule.forRoot({ app: 'api', config, databaseUrl, entities: ENTITIES, migrations: MIGRATIONS, ...options }),
        IdentityModule,
        LandModule,
        CasesModule,
        SubjectsModule,
        CompensationModule,
        CompanyModule,
        ResettlementModule,
        TargetsModule,
        LandAdminModule,
        NotificationsModule,
        ExcelModule,
        SeedModule,
        AuditModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('{*splat}');
  }
}
