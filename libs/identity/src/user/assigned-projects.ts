import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { PROJECT_DIRECTORY, type ProjectDirectory, type ProjectRef } from '@app/platform';
import type { User } from './user.entity.js';

const byCode = (a: ProjectRef, b: ProjectRef) => a.code.localeCompare(b.code);

/** Project ids of the user's assignments (loaded with the `projects` relation). */
export const assignedProjectIds = (user: User): string[] => (user.projects ?? []).map((p) => p.projectId);

/**
 * Users' assigned projects as ids and codes: identity stores the ids, the land library knows the
 * codes (through `PROJECT_DIRECTORY`), and answers speak codes.
 */
@Injectable()
export class AssignedProjects {
  constructor(@Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory) {}

  /** The user's assigned projects, sorted by code. */
  async of(user: User): Promise<ProjectRef[]> {
    return (await this.directory.findByIds(assignedProjectIds(user))).sort(byCode);
  }

  /** Codes of the user's assigned projects, sorted. */
  async codesOf(user: User): Promise<string[]> {
    return (await this.directory.findByIds(assignedProjectIds(user))).map((p) => p.code).sort();
  }

  /** Sorted codes of each user's assigned projects, by user id, in one lookup. */
  async codesOfEach(users: readonly User[]): Promise<Map<string, string[]>> {
    const projects = await this.directory.findByIds([...new Set(users.flatMap(assignedProjectIds))]);
    const codeOf = new Map(projects.map((p) => [p.id, p.code]));
    return new Map(
      users.map((user) => [
        user.id,
        assignedProjectIds(user)
          .flatMap((id) => codeOf.get(id) ?? [])
          .sort(),
      ]),
    );
  }

  /** The projects of `codes`, or 422 naming the unknown ones. */
  async resolve(codes: readonly string[]): Promise<ProjectRef[]> {
    const unique = [...new Set(codes)];
    const projects = await this.directory.findByCodes(unique);
    const missing = unique.filter((code) => !projects.some((p) => p.code === code));
    if (missing.length) {
      const message = `项目 ${missing.join('、')} 不存在`;
      throw new UnprocessableEntityException({ message, details: [{ field: 'projects', message }] });
    }
    return projects;
  }
}
