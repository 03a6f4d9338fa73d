import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { CaseService, STALE_MESSAGE, type SubjectType } from '@app/cases';
import { ParcelService } from '@app/land';
import { formatArea, TransactionalConnection } from '@app/platform';
import type { SubjectBase } from './subject-base.entity.js';
import { DuplicateSubjectCodeError, type SubjectRecord, type SubjectRepository } from './subject.repository.js';

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
}

/** A change to something stored beside the subject's row (a household's members). */
export interface RelatedChange<T extends SubjectBase> {
  /** Whether the change differs from what is stored for `current`. */
  differs(current: SubjectRecord<T>): Promise<boolean>;
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
 * Creating and changing subjects, the same way for every kind: where it lies, its code, its case,
 * and the optimistic lock. A subject and its case change in one transaction.
 */
@Injectable()
export class SubjectWriter {
  constructor(
    private readonly parcels: ParcelService,
    private readonly cases: CaseService,
    private readonly connection: TransactionalConnection,
  ) {}

  /** The subject with its codes and case, or a Chinese 404. */
  async get<T extends SubjectBase>(kind: SubjectKind<T>, id: string): Promise<SubjectRecord<T>> {
    const record = await kind.repository.findRecord(id);
    if (!record) throw new NotFoundException(`${kind.noun}不存在`);
    return record;
  }

  /** Creates a subject on a parcel and opens its case (status 摸底中); returns the new id. */
  create<T extends SubjectBase>(
    kind: SubjectKind<T>,
    location: { projectCode: string; parcelCode: string },
    fields: Partial<T> & { code: string },
    afterInsert?: (subjectId: string) => Promise<void>,
  ): Promise<string> {
    return this.connection.transaction(async () => {
      const { project, parcel } = await this.parcels.resolve(location.projectCode, location.parcelCode);
      const conflict = new ConflictException(`${kind.codeLabel} ${fields.code} 在项目 ${project.code} 中已存在`);
      if (await kind.repository.codeTaken(project.id, fields.code)) throw conflict;
      const subject = await kind.repository
        .insert({ ...fields, projectId: project.id, parcelId: parcel.id } as never)
        .catch((error: unknown) => Promise.reject(error instanceof DuplicateSubjectCodeError ? conflict : error));
      await afterInsert?.(subject.id);
      await this.cases.open({ subjectType: kind.type, subjectId: subject.id, projectId: project.id, parcelId: parcel.id });
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
      if (current.version !== update.version) throw new ConflictException(STALE_MESSAGE);
      const changes = changedColumns<T>(current, update.fields);
      if (update.parcelCode !== undefined && update.parcelCode !== current.parcel!.code) {
        const { parcel } = await this.parcels.resolve(current.project!.code, update.parcelCode);
        changes.parcelId = parcel.id;
      }
      const relatedChanged = update.related ? await update.related.differs(current) : false;
      if (!Object.keys(changes).length && !relatedChanged) return;

      const conflict = new ConflictException(`${kind.codeLabel} ${changes.code} 在项目 ${current.project!.code} 中已存在`);
      if (changes.code !== undefined && (await kind.repository.codeTaken(current.projectId, changes.code))) throw conflict;
      const updated = await kind.repository
        .updateVersioned(id, update.version, changes as QueryDeepPartialEntity<T>)
        .catch((error: unknown) => Promise.reject(error instanceof DuplicateSubjectCodeError ? conflict : error));
      if (!updated) throw new ConflictException(STALE_MESSAGE);
      if (relatedChanged) await update.related!.apply(id);

      const surveyFactsChanged = relatedChanged || Object.keys(changes).some((key) => !kind.contactFields.includes(key as keyof T));
      if (surveyFactsChanged) await this.cases.surveyFactsChanged(kind.type, id);
      if (changes.parcelId && current.caseFile) await this.cases.moveToParcel(current.caseFile.id, changes.parcelId);
    });
  }
}
