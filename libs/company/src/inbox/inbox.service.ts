import { ProjectCodes } from '@app/compensation';
import { Injectable } from '@nestjs/common';
import { canSeeProject, skipTake, todayInShanghai, visibleProjectIds } from '@app/platform';
import { countByKind, inboxOverdue, orderInbox } from '../domain/inbox.js';
import { CompanyInboxRegistry } from './inbox.registry.js';
import type { InboxQuery } from './dto/inbox.query.js';
import { inboxEntryView, type InboxPage } from './inbox.view.js';

/** The company's 待办: what waits for 西虹桥公司 in the caller's projects (or one of them), most urgent first. */
@Injectable()
export class InboxService {
  constructor(
    private readonly registry: CompanyInboxRegistry,
    private readonly codes: ProjectCodes,
  ) {}

  async list(query: InboxQuery): Promise<InboxPage> {
    let projectIds = visibleProjectIds();
    if (query.project) {
      const projectId = await this.codes.idOf(query.project);
      if (!projectId || !canSeeProject(projectId)) return { items: [], total: 0, overdue: 0, byKind: [] };
      projectIds = [projectId];
    }
    const today = todayInShanghai();
    const entries = orderInbox(await this.registry.pending(projectIds), today);
    const { skip, take } = skipTake(query);
    const page = entries.slice(skip, skip + take);
    const codes = await this.codes.of(page.map((e) => e.projectId));
    return {
      items: page.map((e) => inboxEntryView(e, codes.get(e.projectId) ?? '', today)),
      total: entries.length,
      overdue: entries.filter((e) => inboxOverdue(e, today)).length,
      byKind: countByKind(entries),
    };
  }
}
