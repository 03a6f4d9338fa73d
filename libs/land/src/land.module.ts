import { Module } from '@nestjs/common';
import { LandBulkRepository } from './parcel/land-bulk.repository.js';
import { ParcelCasesRegistry } from './parcel/parcel-cases.registry.js';
import { ParcelRepository } from './parcel/parcel.repository.js';
import { ParcelService } from './parcel/parcel.service.js';
import { ProjectController } from './project/project.controller.js';
import { ProjectDirectoryModule } from './project/project-directory.js';
import { ProjectRepository } from './project/project.repository.js';
import { ProjectService } from './project/project.service.js';

/** Projects and parcels. */
@Module({
  // ProjectDirectoryModule is global: it answers identity's project code lookups (identity knows ids only).
  imports: [ProjectDirectoryModule],
  controllers: [ProjectController],
  providers: [ProjectRepository, ParcelRepository, ProjectService, ParcelService, ParcelCasesRegistry, LandBulkRepository],
  // LandBulkRepository is how the imports read codes and write parcels (one owner per table).
  exports: [ProjectService, ParcelService, ParcelCasesRegistry, LandBulkRepository],
})
export class LandModule {}
