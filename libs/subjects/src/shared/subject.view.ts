import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '@app/cases';
import { ApiInstant, formatArea, PageOf, toShanghaiIso } from '@app/platform';
import type { SubjectBase } from './subject-base.entity.js';
import type { ListPage, SubjectRecord } from './subject.repository.js';

/** The fields every kind of subject shows: identity, location codes, case and version. */
export class SubjectView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '编号（项目内唯一）', example: 'GJ17-0001' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, description: '项目编号' })
  projectCode!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '地块编号' })
  parcelCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus', nullable: true })
  caseStatus!: CaseStatus | null;

  @ApiProperty({ type: 'integer', description: '乐观锁版本（修改时提交）' })
  version!: number;

  @ApiInstant()
  updatedAt!: string;
}

/** The fields every kind of subject shows: identity, location codes, case and version. */
export function subjectBaseView<T extends SubjectBase>(s: SubjectRecord<T>): SubjectView {
  return {
    id: s.id,
    code: s.code,
    projectCode: s.project?.code ?? null,
    parcelCode: s.parcel?.code ?? null,
    remarks: s.remarks,
    caseId: s.caseFile?.id ?? null,
    caseStatus: s.caseFile?.status ?? null,
    version: s.version,
    updatedAt: toShanghaiIso(s.updatedAt),
  };
}

/** An area (or quantity) as a decimal string with two decimals, or null. */
/**
 * A subject's view: the fields every kind shares, then the kind's own `fields`, in that order. Built by assignment, not
 * as `{ ...subjectBaseView(s), … }`: in this V8 a literal that spreads an object and then adds properties takes its
 * slow path (~1 µs plus more per property: 45 µs a household), and a list page builds 20 of them.
 */
export function withSubjectBase<T extends SubjectBase, F extends object>(s: SubjectRecord<T>, fields: F): SubjectView & F {
  return Object.assign(subjectBaseView(s), fields);
}

export function areaView(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : formatArea(value);
}

/** The answer class of a subject list: a page, its total (exact unless `totalExact` is false) and the next page's cursor. */
export function SubjectPageOf<T>(item: Type<T>): Type<ListPage<T>> {
  class SubjectPageView extends PageOf(item) implements ListPage<T> {
    @ApiProperty({ description: 'total 是否精确；为 false 时符合条件的至少有 total 条（带关键字等筛选时计到一万条为止）' })
    totalExact!: boolean;

    @ApiProperty({ type: String, nullable: true, description: '下一页的翻页位置（作为 after 传回，按键翻页）；没有下一页时为 null' })
    next!: string | null;
  }
  return SubjectPageView;
}

/** A list answer: the views of a page's records with its total, `totalExact` and `next`. */
export function subjectPage<R, V>(page: ListPage<R>, view: (record: R) => V): ListPage<V> {
  return { items: page.items.map(view), total: page.total, totalExact: page.totalExact, next: page.next };
}
