import { Inject, Injectable } from '@nestjs/common';
import { PROJECT_DIRECTORY, type ProjectDirectory } from '@app/platform';

/** Project codes for answers, from land's project directory (answers name projects by code, rows keep ids). */
@Injectable()
export class ProjectCodes {
  constructor(@Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory) {}

  async of(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    return new Map((await this.directory.findByIds(unique)).map((p) => [p.id, p.code]));
  }

  /** The id of the project with `code`, or null when there is none. */
  async idOf(code: string): Promise<string | null> {
    return (await this.directory.findByCodes([code]))[0]?.id ?? null;
  }

  async one(id: string): Promise<string> {
    return (await this.of([id])).get(id) ?? '';
  }
}
