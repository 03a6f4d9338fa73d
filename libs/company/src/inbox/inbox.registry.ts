import { Injectable } from '@nestjs/common';
import type { InboxEntry } from '../domain/inbox.js';

/** A mechanism's contribution to the company's inbox: what of it waits for the company in these projects. */
export interface InboxSource {
  kind: string;
  /** `projectIds` null: every project (a user who sees them all). */
  pending(projectIds: readonly string[] | null): Promise<InboxEntry[]>;
}

/** The mechanisms register here what waits for the company; the inbox asks them all. */
@Injectable()
export class CompanyInboxRegistry {
  private readonly sources: InboxSource[] = [];

  register(source: InboxSource): void {
    if (this.sources.some((s) => s.kind === source.kind)) throw new Error(`inbox source ${source.kind} registered twice`);
    this.sources.push(source);
  }

  async pending(projectIds: readonly string[] | null): Promise<InboxEntry[]> {
    if (projectIds && !projectIds.length) return [];
    return (await Promise.all(this.sources.map((s) => s.pending(projectIds)))).flat();
  }
}
