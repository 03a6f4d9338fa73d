import { Global, Injectable, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PROJECT_DIRECTORY, TransactionalConnection, type ProjectDirectory, type ProjectRef } from '@app/platform';
import { ProjectRepository } from './project.repository.js';

/** Land's side of `PROJECT_DIRECTORY`: project ids and codes for libraries that keep project ids only (identity). */
@Injectable()
export class LandProjectDirectory implements ProjectDirectory {
  constructor(private readonly projects: ProjectRepository) {}

  findByCodes(codes: readonly string[]): Promise<ProjectRef[]> {
    return this.projects.findRefsByCodes(codes);
  }

  findByIds(ids: readonly string[]): Promise<ProjectRef[]> {
    return this.projects.findRefsByIds(ids);
  }
}

/** The directory wired by hand on a data source, for scripts that run without the Nest app (`npm run user:create`). */
export function standaloneProjectDirectory(dataSource: DataSource): ProjectDirectory {
  return new LandProjectDirectory(new ProjectRepository(new TransactionalConnection(dataSource)));
}

/**
 * Provides `PROJECT_DIRECTORY` to every module, as the audit library provides `ACCESS_DENIED_RECORDER`:
 * identity asks it for codes without importing the land library.
 */
@Global()
@Module({
  providers: [ProjectRepository, LandProjectDirectory, { provide: PROJECT_DIRECTORY, useExisting: LandProjectDirectory }],
  exports: [PROJECT_DIRECTORY],
})
export class ProjectDirectoryModule {}
