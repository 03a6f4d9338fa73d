import { BadRequestException, type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as Typed } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/**
 * Pickers: the lists a dialog offers to choose cases from (a confirmation batch's, a settlement statement's). They are
 * read in code order a page at a time — the first `pageSize` rows, then the rows after the last one (`after=` the
 * answer's `next`) — each page a walk of the subjects' (projectId, caseStatus, code, id) index from its cursor.
 */

/** Where a picker's page starts: after the subject with this code and id. */
export interface PickerCursor {
  code: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BAD_CURSOR = '翻页位置（after）无效，请重新打开列表';

export function encodePickerCursor(cursor: PickerCursor): string {
  return Buffer.from(JSON.stringify([cursor.code, cursor.id])).toString('base64url');
}

/** The cursor an answer's `next` carried; a Chinese 400 for anything else. */
export function decodePickerCursor(text: string): PickerCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [code, id] = parsed as unknown[];
      if (typeof code === 'string' && code.length <= 100 && typeof id === 'string' && UUID.test(id)) return { code, id };
    }
  } catch {
    // falls through
  }
  throw new BadRequestException(BAD_CURSOR);
}

/**
 * A page of a picker from the rows read for it: `rows` holds up to `pageSize + 1` rows (the one past the page says
 * there is a next page); `next` is the cursor after the page's last row, or null on the last page.
 */
export function pickerPage<T>(rows: readonly T[], pageSize: number, cursorOf: (row: T) => PickerCursor): { items: T[]; next: string | null } {
  const items = rows.slice(0, pageSize);
  const last = items[items.length - 1];
  return { items, next: rows.length > pageSize && last ? encodePickerCursor(cursorOf(last)) : null };
}

/** `after` / `pageSize` query parameters of a picker. */
export class PickerQuery {
  @ApiPropertyOptional({ description: '从上一页答复的 next 之后接着读（按编号）' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: BAD_CURSOR })
  after?: string;

  @ApiPropertyOptional({ type: 'integer', description: '每页条数（最多 100）', default: 50, minimum: 1, maximum: 100 })
  @IsOptional()
  @Typed(() => Number)
  @IsInt({ message: '每页条数必须是整数' })
  @Min(1, { message: '每页条数至少为 1' })
  @Max(100, { message: '每页条数最多 100' })
  pageSize = 50;
}

/** The answer class of a picker of `item`s; extend it to name it (the name is the OpenAPI schema's). */
export function PickerPageOf<T>(item: Type<T>): Type<{ items: T[]; next: string | null }> {
  class PickerPageView {
    @ApiProperty({ type: [item], description: '按编号排序的一页' })
    items!: T[];

    @ApiProperty({ type: String, nullable: true, description: '下一页的翻页位置（作为 after 传回）；没有更多时为 null' })
    next!: string | null;
  }
  return PickerPageView;
}
