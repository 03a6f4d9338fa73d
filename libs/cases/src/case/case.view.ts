import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, toShanghaiIso } from '@app/platform';
import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  nextSteps,
  RESETTLEMENT_STATUS_LABELS,
  RESETTLEMENT_STATUSES,
  SUBJECT_TYPES,
  type CaseStatus,
  type ResettlementStatus,
  type Role,
  type SubjectType,
  type TransitionKind,
} from '../domain/case-lifecycle.js';
import type { CaseTransition } from './case-transition.entity.js';
import type { CaseFile } from './case.entity.js';

/** A step the current user may take from the case's status. */
export class CaseNextStepView {
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  to!: CaseStatus;

  @ApiProperty({ enum: ['forward', 'reversal'], enumName: 'CaseStepKind' })
  kind!: TransitionKind;

  @ApiProperty({ description: '按钮名称', example: '确认摸底' })
  label!: string;

  @ApiProperty({ description: '退回须填写原因' })
  reasonRequired!: boolean;
}

/** One entry of a case's history; `system` marks changes the system made (a confirmation voided by a survey change). */
export class CaseTransitionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus', nullable: true })
  from!: CaseStatus | null;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  to!: CaseStatus;

  @ApiProperty({ enum: ['open', 'forward', 'reversal', 'system'], enumName: 'CaseTransitionKind' })
  kind!: CaseTransition['kind'];

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ description: '操作人' })
  actor!: string;

  @ApiInstant()
  at!: string;
}

/** A case as the API returns it, with its history and the steps the current user may take. */
export class CaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SUBJECT_TYPES, enumName: 'SubjectType' })
  subjectType!: SubjectType;

  @ApiProperty({ format: 'uuid' })
  subjectId!: string;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status!: CaseStatus;

  @ApiProperty({ example: '摸底中' })
  statusLabel!: string;

  @ApiProperty({ enum: RESETTLEMENT_STATUSES, enumName: 'ResettlementStatus' })
  resettlementStatus!: ResettlementStatus;

  @ApiProperty({ example: '无' })
  resettlementStatusLabel!: string;

  @ApiInstant()
  statusChangedAt!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: [CaseNextStepView] })
  nextSteps!: CaseNextStepView[];

  @ApiProperty({ type: [CaseTransitionView] })
  history!: CaseTransitionView[];
}

/** A case as the API returns it, with its history and the steps the current user may take. */
export function caseView(c: CaseFile, history: CaseTransition[], roles: readonly string[]): CaseView {
  return {
    id: c.id,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    resettlementStatus: c.resettlementStatus,
    resettlementStatusLabel: RESETTLEMENT_STATUS_LABELS[c.resettlementStatus],
    statusChangedAt: toShanghaiIso(c.statusChangedAt),
    version: c.version,
    // A step only a record causes (e.g. signing through the agreement) is not offered as a plain step.
    nextSteps: nextSteps(c.status, roles as Role[]).filter((r) => !r.causedBy).map((r) => ({ to: r.to, kind: r.kind, label: r.label, reasonRequired: r.reasonRequired })),
    history: history.map((t) => ({
      id: t.id,
      from: t.fromStatus,
      to: t.toStatus,
      kind: t.kind,
      reason: t.reason,
      actor: t.actor,
      at: toShanghaiIso(t.createdAt),
    })),
  };
}
