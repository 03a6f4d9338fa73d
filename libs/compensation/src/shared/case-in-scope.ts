import { NotFoundException } from '@nestjs/common';
import type { CaseFile, CaseService } from '@app/cases';
import { canSeeProject } from '@app/platform';

/** The case, or 404 — also when the caller may not see its project (as if it did not exist). */
export async function caseInScope(cases: CaseService, id: string): Promise<CaseFile> {
  const found = await cases.findById(id);
  if (!found || !canSeeProject(found.projectId)) throw new NotFoundException('案件不存在');
  return found;
}
