import { UnprocessableEntityException } from '@nestjs/common';
import type { ProjectDirectory, ProjectRef } from '@app/platform';
import { AssignedProjects } from './assigned-projects.js';
import type { User } from './user.entity.js';

const PROJECTS: ProjectRef[] = [
  { id: 'p-lxyq', code: 'LXYQ' },
  { id: 'p-gj17', code: 'GJ17' },
  { id: 'p-syqh', code: 'SYQH' },
];

function directory(): ProjectDirectory & { calls: number } {
  const d = {
    calls: 0,
    findByCodes: async (codes: readonly string[]) => (d.calls++, PROJECTS.filter((p) => codes.includes(p.code))),
    findByIds: async (ids: readonly string[]) => (d.calls++, PROJECTS.filter((p) => ids.includes(p.id))),
  };
  return d;
}

const user = (id: string, projectIds: string[]) =>
  ({ id, projects: projectIds.map((projectId) => ({ userId: id, projectId })) }) as unknown as User;

describe('AssignedProjects (project codes for the project ids identity keeps)', () => {
  it('answers a user’s projects sorted by code, and their codes', async () => {
    const assigned = new AssignedProjects(directory());
    const officer = user('u1', ['p-lxyq', 'p-gj17']);
    expect(await assigned.of(officer)).toEqual([
      { id: 'p-gj17', code: 'GJ17' },
      { id: 'p-lxyq', code: 'LXYQ' },
    ]);
    expect(await assigned.codesOf(officer)).toEqual(['GJ17', 'LXYQ']);
    expect(await assigned.codesOf(user('u2', []))).toEqual([]);
  });

  it('looks up the codes of a whole page of users at once', async () => {
    const d = directory();
    const codes = await new AssignedProjects(d).codesOfEach([user('u1', ['p-syqh', 'p-gj17']), user('u2', []), user('u3', ['p-gj17'])]);
    expect(d.calls).toBe(1);
    expect(Object.fromEntries(codes)).toEqual({ u1: ['GJ17', 'SYQH'], u2: [], u3: ['GJ17'] });
  });

  it('resolves codes to projects, refusing unknown ones with 422 in Chinese', async () => {
    const assigned = new AssignedProjects(directory());
    expect((await assigned.resolve(['GJ17', 'GJ17', 'SYQH'])).map((p) => p.id).sort()).toEqual(['p-gj17', 'p-syqh']);
    expect(await assigned.resolve([])).toEqual([]);
    const refusal = await assigned.resolve(['GJ17', 'NOPE', 'XX']).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnprocessableEntityException);
    expect((refusal as UnprocessableEntityException).getResponse()).toEqual({
      message: '项目 NOPE、XX 不存在',
      details: [{ field: 'projects', message: '项目 NOPE、XX 不存在' }],
    });
  });
});
