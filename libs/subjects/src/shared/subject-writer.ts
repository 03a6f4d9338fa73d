import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { CaseService, STALE_MESSAGE, type SubjectType } from '@app/cases';
import { ParcelService, ProjectService, type Parcel, type Project } from '@app/land';
import { canSeeProject, canWriteProject, formatArea, noteChange, TransactionalConnection, type Role } from '@app/platform';
import { auditValues, type AuditMasks } from './subject-audit.js';
import type { SubjectBase } from './subject-base.entity.js';
import { DuplicateSubjectCodeError, type SubjectRecord, type SubjectRepository } from './subject.repository.js';

/** Roles that record and change subjects (in their projects; admin anywhere). */
export const SUBJECT_WRITERS: readonly Role[] = ['officer', 'admin'];

/** What the writer needs to know about one kind of subject. */
export interface SubjectKind<T extends SubjectBase> {
  type: SubjectType;
  /** Used in messages: `${noun}不存在`. */
  noun: string;
  /** Used in messages: `${codeLabel} X 在项目 Y 中已存在`. */
  codeLabel: string;
  repository: SubjectRepository<T>;
  /** Columns that are contact details, not survey facts: changing them leaves the case alone. */
  contactFields: ReadonlyArray<keyof T>;
  /** Personal fields and how the audit trail masks them. */
  auditMasks?: AuditMasks<T>;
  /** A rule the write must pass, checked in its transaction before anything is written (throws to refuse). */
  checkWrite?(write: SubjectWriteCheck<T>): Promise<void>;
}

/** What `checkWrite` sees: the project, the subject (null while creating), the fields given and those that change. */
export interface SubjectWriteCheck<T extends SubjectBase> {
  projectId: string;
  subjectId: string | null;
  fields: Partial<T>;
  changes: Partial<T>;
}

/** Something stored beside a new subject's row (a household's members). */
export interface NewRelated {
  /** Its name in the audit note, e.g. `members`. */
  field: string;
  /** How the audit note shows it (personal data masked). */
  audit: unknown;
  apply(subjectId: string): Promise<void>;
}

/** A change to something stored beside the subject's row (a household's members). */
export interface RelatedChange<T extends SubjectBase> {
  /** Its name in the audit note, e.g. `members`. */
  field: string;
  /** Whether the change differs from what is stored for `current`, and both as the audit note shows them. */
  compare(current: SubjectRecord<T>): Promise<{ differs: boolean; before: unknown; after: unknown }>;
  apply(subjectId: string): Promise<void>;
}

export interface SubjectUpdate<T extends SubjectBase> {
  version: number;
  parcelCode?: string;
  /** Normalised column values; `undefined` means "leave as is". */
  fields: Partial<T>;
  related?: RelatedChange<T>;
}

/** An area or quantity from a request, as the 2-decimal text the column holds; null and undefined pass through. */
export function areaColumn<V extends string | null | undefined>(value: V): V {
  return (typeof value === 'string' ? formatArea(value) : value) as V;
}

/** The columns of `next` whose value differs from `current` (values already normalised). */
export function changedColumns<T extends object>(current: T, next: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as Array<keyof T>) {
    if (next[key] !== undefined && next[key] !== current[key]) changes[key] = next[key];
  }
  return changes;
}

/**
 * Creating, reading and changing subjects, the same way for every kind: project scope, where it
 * lies, its code, its case, the optimistic lock and the audit note. A subject and its case change
 * in one transaction.
 */
@Injectable()
export class SubjectWriter {
  constructor(
    private readonly projects: ProjectService,
    private readonly parcels: ParcelService,
    private readonly cases: CaseService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The subject with its codes and case, or a Chinese 404 — also when it lies in a project the caller may not see. */
  async get<T extends SubjectBase>(kind: SubjectKind<T>, id: string): Promise<SubjectRecord<T>> {
    const record = await kind.repository.findRecord(id);
    if (!record || !canSeeProject(record.projectId)) throw new NotFoundException(`${kind.noun}不存在`);
    return record;
  }

  /**
   * The project and parcel a new subject goes to. A project the caller may not write answers
   * exactly like an unknown one (422), so its existence does not leak.
   */
  private async resolveWritable(projectCode: string, parcelCode: string): Promise<{ project: Project; parcel: Parcel }> {
    const project = await this.projects.getByCode(projectCode).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    if (!project || !canWriteProject(project.id, SUBJECT_WRITERS)) throw new UnprocessableEntityException(`项目 ${projectCode} 不存在`);
    return this.parcels.resolve(projectCode, parcelCode);
  }

  /** Creates a subject on a parcel and opens its case (status 摸底中); returns the new id. */
  create<T extends SubjectBase>(
    kind: SubjectKind<T>,
    location: { projectCode: string; parcelCode: string },
    fields: Partial<T> & { code: string },
    related?: NewRelated,
  ): Promise<string> {
    return this.connection.transaction(async () => {
      const { project, parcel } = await this.resolveWritable(location.projectCode, location.parcelCode);
      const conflict = new ConflictException(`${kind.codeLabel} ${fields.code} 在项目 ${project.code} 中已存在`);
      if (await kind.repository.codeTaken(project.id, fields.code)) throw conflict;
      await kind.checkWrite?.({ projectId: project.id, subjectId: null, fields, changes: fields });
      const subject = await kind.repository
        .insert({ ...fields, projectId: project.id, parcelId: parcel.id } as never)
        .catch((error: unknown) => Promise.reject(error instanceof DuplicateSubjectCodeError ? conflict : error));
      await related?.apply(subject.id);
      await this.cases.open({ subjectType: kind.type, subjectId: subject.id, projectId: project.id, parcelId: parcel.id });
      noteChange({
        entityType: kind.type,
        entityId: subject.id,
        projectId: project.id,
        after: {
          projectCode: project.code,
          parcelCode: parcel.code,
          ...auditValues(fields, kind.auditMasks),
          ...(related ? { [related.field]: related.audit } : {}),
        },
      });
      return subject.id;
    });
  }

  /**
   * Applies a change if `version` is still current (else 409). A change to survey facts goes
   * through the case: a confirmed case falls back to 已摸底, a signed one refuses (409, nothing changes).
   */
  update<T extends SubjectBase>(kind: SubjectKind<T>, id: string, update: SubjectUpdate<T>): Promise<void> {
    return this.connection.transaction(async () => {
      const current = await this.get(kind, id);
      if (!canWriteProject(current.projectId, SUBJECT_WRITERS)) throw new ForbiddenException('没有权限修改该项目的数据');
      if (current.version !== update.version) throw new ConflictException(STALE_MESSAGE);
      const changes = changedColumns<T>(current, update.fields);
      const before: Record<string, unknown> = auditValues(pick(current, changes), kind.auditMasks);
      const after: Record<string, unknown> = auditValues(changes, kind.auditMasks);
      if (update.parcelCode !== undefined && update.parcelCode !== current.parcel!.code) {
        const { parcel } = await this.parcels.resolve(current.project!.code, update.parcelCode);
        changes.parcelId = parcel.id;
        before.parcelCode = current.parcel!.code;
        after.parcelCode = parcel.code;
      }
      const related = update.related ? await update.related.compare(current) : undefined;
      if (related?.differs) {
        before[update.related!.field] = related.before;
        after[update.related!.field] = related.after;
      }
      if (!Object.keys(changes).length && !related?.differs) return;

      const conflict = new ConflictException(`${kind.codeLabel} ${changes.code} 在项目 ${current.project!.code} 中已存在`);
      if (changes.code !== undefined && (await kind.repository.codeTaken(current.projectId, changes.code))) throw conflict;
      await kind.checkWrite?.({ projectId: current.projectId, subjectId: id, fields: update.fields, changes });
      const updated = await kind.repository
        .updateVersioned(id, update.version, changes as QueryDeepPartialEntity<T>)
        .catch((error: unknown) => Promise.reject(error instanceof DuplicateSubjectCodeError ? conflict : error));
      if (!updated) throw new ConflictException(STALE_MESSAGE);
      if (related?.differs) await update.related!.apply(id);

      const surveyFactsChanged = related?.differs || Object.keys(changes).some((key) => !kind.contactFields.includes(key as keyof T));
      if (surveyFactsChanged) await this.cases.surveyFactsChanged(kind.type, id);
      if (changes.parcelId && current.caseFile) await this.cases.moveToParcel(current.caseFile.id, changes.parcelId);
      noteChange({ entityType: kind.type, entityId: id, projectId: current.projectId, before, after });
    });
  }
}

/** The values of `source` for the keys present in `keysOf`. */
function pick<T extends object>(source: T, keysOf: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(keysOf) as Array<keyof T>) out[key] = source[key];
  return out;
}
