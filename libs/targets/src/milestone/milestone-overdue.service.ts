import { Injectable } from '@nestjs/common';
import { UserActors } from '@app/identity';
import { NotificationSender, type OutgoingNotification } from '@app/notifications';
import { TransactionalConnection } from '@app/platform';
import { milestoneAccess } from '../domain/milestone-access.js';
import { daysOverdue } from '../domain/milestone-due.js';
import type { Milestone } from './milestone.entity.js';
import { MilestoneRepository } from './milestone.repository.js';

export interface OverdueCheckResult {
  day: string;
  /** False when the day had already been checked (nothing written). */
  checked: boolean;
  overdue: number;
  notified: number;
}

const ownerName = (m: Milestone) => m.project?.name ?? m.base?.name ?? '';
const linkOf = (m: Milestone) => `/milestones?due=overdue&${m.project ? `project=${m.project.code}` : `base=${m.base?.code ?? ''}`}`;

/**
 * One day's overdue check, once per day: the `milestone_overdue_check` row (UNIQUE per day) is written first in
 * the same transaction as the notifications, so a second run that day finds it and writes nothing; the
 * notifications' own UNIQUE (user, key) guards each message besides.
 */
@Injectable()
export class MilestoneOverdueService {
  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly users: UserActors,
    private readonly sender: NotificationSender,
    private readonly connection: TransactionalConnection,
  ) {}

  check(day: string): Promise<OverdueCheckResult> {
    return this.connection.transaction(async () => {
      const overdue = await this.milestones.overdueOn(day);
      const checkId = await this.milestones.insertCheck(day, overdue.map((m) => m.id));
      if (!checkId) return { day, checked: false, overdue: overdue.length, notified: 0 };
      const messages: OutgoingNotification[] = [];
      const actors = new Map<string, Awaited<ReturnType<UserActors['actorOf']>>>();
      for (const id of new Set(overdue.map((m) => m.responsibleUserId).filter((u): u is string => !!u))) actors.set(id, await this.users.actorOf(id));
      for (const m of overdue) {
        // only a user who may still see the node (enabled, in its project) is told about it
        const actor = m.responsibleUserId ? actors.get(m.responsibleUserId) : null;
        if (!actor || milestoneAccess(actor, m) === 'none') continue;
        messages.push({
          userId: m.responsibleUserId!,
          kind: 'milestone_overdue',
          title: `时间节点逾期：${m.name}`,
          body: `${ownerName(m)}「${m.name}」计划 ${m.plannedOn} 完成，截至 ${day} 已逾期 ${daysOverdue(m, day)} 天（责任单位：${m.responsibleUnit}）。`,
          link: linkOf(m),
          dedupeKey: `milestone-overdue:${day}:${m.id}`,
        });
      }
      if (overdue.length) {
        const oldest = [...overdue].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn)).slice(0, 3);
        for (const leader of await this.users.activeIdsWithRole('leader')) {
          messages.push({
            userId: leader,
            kind: 'milestone_overdue_summary',
            title: `${day} 逾期时间节点 ${overdue.length} 个`,
            body: `逾期最久：${oldest.map((m) => `${ownerName(m)}「${m.name}」逾期 ${daysOverdue(m, day)} 天`).join('；')}${overdue.length > oldest.length ? ' 等' : ''}。`,
            link: '/milestones?due=overdue',
            dedupeKey: `milestone-overdue-summary:${day}`,
          });
        }
      }
      const delivered = await this.sender.send(messages);
      const notified = delivered.in_app ?? 0;
      await this.milestones.setNotified(checkId, notified);
      return { day, checked: true, overdue: overdue.length, notified };
    });
  }
}
