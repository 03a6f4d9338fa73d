import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CasesModule } from '@app/cases';
import { CompanyModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { UserActorsModule } from '@app/identity';
import { LandModule } from '@app/land';
import { OwnershipModule, RectificationModule } from '@app/land-admin';
import { ResettlementModule } from '@app/resettlement';
import { AppConfig, declareJobs } from '@app/platform';
import { SubjectsModule } from '@app/subjects';
import { TargetsModule } from '@app/targets';
import { join } from 'node:path';
import { ExportBatchRepository } from './export/export-batch.repository.js';
import { ExportJobHandler } from './export/export-job.handler.js';
import { ExportSourceRepository } from './export/export-source.repository.js';
import { ExportController } from './export/export.controller.js';
import { ExportJob } from './export/export.job.js';
import { ExportService } from './export/export.service.js';
import { HouseholdChunkProcessor } from './import/households/household-chunk.processor.js';
import { EnterpriseChunkProcessor } from './import/enterprises/enterprise-chunk.processor.js';
import { ParcelChunkProcessor } from './import/parcels/parcel-chunk.processor.js';
import { UnitChunkProcessor } from './import/units/unit-chunk.processor.js';
import { LandOwnershipChunkProcessor } from './import/land-ownership/land-ownership-chunk.processor.js';
import { ImportBatchRepository } from './import/import-batch.repository.js';
import { ImportJobHandler } from './import/import-job.handler.js';
import { ImportController } from './import/import.controller.js';
import { ImportJob } from './import/import.job.js';
import { ImportReportService } from './import/import-report.service.js';
import { ImportService } from './import/import.service.js';
import { HashingDiskStorage, UPLOAD_MULTER_LIMITS, UPLOADS_FOLDER } from './import/upload-storage.js';
import { FileRetentionRepository } from './retention/file-retention.repository.js';
import { FileRetentionService } from './retention/file-retention.service.js';
import { TemplateController } from './template/template.controller.js';

/** Excel in and out: import templates, imports (upload → queued job), exports. */
@Module({
  imports: [
    // The imports write each table through its owner: parcels (land), households and enterprises
    // (subjects), cases and their history (cases).
    LandModule,
    SubjectsModule,
    CasesModule,
    // The money ledgers (签约台账, 支付台账) are read through the compensation library.
    CompensationModule,
    // 结算单 and 三账对账表 are read through the company library.
    CompanyModule,
    // 安置房源 are written, the unit inventory, the 过渡费支付清单 and the 选房顺序表 read through the resettlement library.
    ResettlementModule,
    // The 月度推进情况报告 is composed by the leadership library (targets, quota, dashboards, time nodes).
    TargetsModule,
    // The 综合整治台账 is read through the land administration library.
    RectificationModule,
    // 集体土地所有权 records are written and 归并方案 read through the land administration library.
    OwnershipModule,
    // Import and export jobs act as the user who asked for them.
    UserActorsModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        storage: new HashingDiskStorage(join(config.DATA_DIR, UPLOADS_FOLDER), '.xlsx'),
        limits: UPLOAD_MULTER_LIMITS,
        // Chinese file names arrive as UTF-8.
        defParamCharset: 'utf8',
      }),
    }),
  ],
  // TemplateController first: `imports/templates/:kind` before `imports/:id`.
  controllers: [TemplateController, ImportController, ExportController],
  providers: [
    ExportBatchRepository,
    ExportSourceRepository,
    ExportService,
    ExportJobHandler,
    ImportBatchRepository,
    ImportService,
    ImportReportService,
    ImportJobHandler,
    HouseholdChunkProcessor,
    EnterpriseChunkProcessor,
    ParcelChunkProcessor,
    UnitChunkProcessor,
    LandOwnershipChunkProcessor,
    FileRetentionRepository,
    FileRetentionService,
  ],
})
export class ExcelModule {
  // Declared when the module joins an app, not when the library is imported: @app/schema imports this
  // library for its entities, and apps without ExcelModule (the queue tests) must not inherit its jobs.
  constructor() {
    declareJobs(ExportJob, ImportJob);
  }
}
