import { Inject, Injectable } from '@nestjs/common';
import { canSeeProject, PROJECT_DIRECTORY, skipTake, todayInShanghai, visibleProjectIds, type ProjectDirectory } from '@app/platform';
import { countByKind, inboxOverdue, orderInbox } from '../domain/inbox.js';
import { CompanyInboxRegistry } from './inbox.registry.js';
import type { InboxQuery } from './dto/inbox.query.js';
import { inboxEntryView, type InboxPage } from './inbox.view.js';

/** The company's 待办: what waits for 西虹桥公司 in the caller's projects (or one of them), most urgent first. */
@Injectable()
export class InboxService {
  constructor(
    private readonly registry: CompanyInboxRegistry,
    @Inject(PROJECT_DIRECTORY) private readonly directory: ProjectDirectory,
  ) {}

  async list(query: InboxQuery): Promise<InboxPage> {
    let projectIds = visibleProjectIds();
    if (query.project) {
      const [project] = await this.directory.findByCodes([query.project]);
      if (!project || !canSeeProject(project.id)) return { items: [], total: 0, overdue: 0, byKind: [] };
      projectIds = [project.id];
    }
    const today = todayInShanghai();
    const entries = orderInbox(await this.registry.pending(projectIds), today);
    const { skip, take } = skipTake(query);
    const page = entries.slice(skip, skip + take);
    const ids = [...new Set(page.map((e) => e.projectId))];
    const codes = new Map(ids.length ? (await this.directory.findByIds(ids)).map((p) => [p.id, p.code]) : []);
    return {
      items: page.map((e) => inboxEntryView(e, codes.get(e.projectId) ?? '', today)),
      total: entries.length,
      overdue: entries.filter((e) => inboxOverdue(e, today)).length,
      byKind: countByKind(entries),
    };
  }
}
