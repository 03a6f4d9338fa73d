import { Dec } from '@app/platform';
import { checkCreditCode, checkIdNumber, checkPhone, type CheckResult } from '@app/subjects';
import { cellText, normalizeCode, singleLine, normalizeText, type NormalizedCell } from './normalize.js';
import { parseDateCell } from './parse-date.js';
import { columnOf, type TemplateDefinition } from './template-definition.js';

/** One reason a row was rejected: the field, its Chinese column header and what to fix. */
export interface RowError {
  field: string;
  column: string;
  message: string;
}

export type RowCells<K extends string> = Partial<Record<K, NormalizedCell>>;

/** Areas are numeric(12,2) to numeric(14,2) in the database: ten integer digits fit every one of them. */
const MAX_AREA_INTEGER_DIGITS = 10;
/** Unit words officers type after a number; they are dropped before the number is read. */
const AREA_UNIT = /\s*(平方米|平米|㎡|m²|m2)$/i;
type ReadableCell = Exclude<NormalizedCell, { kind: 'empty' | 'formula' | 'error' | 'invalid' }>;
/** A non-negative area with at most two decimals and at most ten integer digits: read without decimal arithmetic. */
const PLAIN_AREA = /^(\d{1,10})(?:\.(\d{0,2}))?$/;
const LEADING_ZEROS = /^0+(?=\d)/;
/** An integer that a double holds exactly, without sign: read without decimal arithmetic. */
const PLAIN_INTEGER = /^\d{1,15}$/;
const unitSuffixes = new Map<string, RegExp>();
/** The unit word at the end of a number (`3人`); one RegExp per unit, not one per cell. */
function unitSuffix(unit: string): RegExp {
  let suffix = unitSuffixes.get(unit);
  if (!suffix) unitSuffixes.set(unit, (suffix = new RegExp(`${unit}$`)));
  return suffix;
}

/**
 * Reads the fields of one row, each by its template column, collecting every error instead of
 * stopping at the first: the officer fixes the whole row in one go. Each reader returns null for a
 * blank optional cell and for a cell with an error (recorded in `errors`).
 */
export class RowReader<K extends string> {
  readonly errors: RowError[] = [];

  constructor(
    private readonly template: TemplateDefinition<K>,
    private readonly cells: RowCells<K>,
    /** Today in Asia/Shanghai, `YYYY-MM-DD`: the latest date and year a row may carry. */
    readonly today: string,
  ) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** The column's header, for messages. */
  header(key: K): string {
    return columnOf(this.template, key).header;
  }

  fail(key: K, message: string): null {
    this.errors.push({ field: key, column: this.header(key), message });
    return null;
  }

  /** The cell, or null when blank (an error when required); formula and error cells are rejected here. */
  private cell(key: K): ReadableCell | null {
    const cell = this.cells[key] ?? { kind: 'empty' };
    switch (cell.kind) {
      case 'empty':
        return columnOf(this.template, key).required ? this.fail(key, `${this.header(key)}不能为空`) : null;
      case 'formula':
        return this.fail(key, `${this.header(key)}不接受公式，请粘贴为数值`);
      case 'error':
        return this.fail(key, `${this.header(key)}单元格是错误值 ${cell.error}，请改为正确的值`);
      case 'invalid':
        return this.fail(key, `${this.header(key)}${cell.reason}`);
      default:
        return cell;
    }
  }

  /** Single-line text of at most `max` characters. */
  text(key: K, max: number): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const text = singleLine(cellText(cell) ?? '');
    if (text.length > max) return this.fail(key, `${this.header(key)}最多 ${max} 个字（当前 ${text.length} 个）`);
    return text;
  }

  /** Multi-line text (备注): line breaks kept, each line trimmed. */
  multilineText(key: K, max: number): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const text = normalizeText(cellText(cell) ?? '');
    if (text.length > max) return this.fail(key, `${this.header(key)}最多 ${max} 个字（当前 ${text.length} 个）`);
    return text;
  }

  /** A person's name: spaces padded between Chinese characters to line names up (`王\u3000芳`) are removed. */
  personName(key: K, max: number): string | null {
    const text = this.text(key, max);
    if (text === null) return null;
    return text.replace(/(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu, '');
  }

  /** A code: half-width, no spaces; `upper` for project and parcel codes, which are uppercase everywhere. */
  code(key: K, options: { max: number; pattern?: RegExp; patternMessage?: string; upper?: boolean }): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    if (cell.kind === 'number' && cell.source === 'cell' && !Number.isInteger(cell.value)) {
      return this.fail(key, `${this.header(key)}被存成了小数（${cell.text}），请把该列设为文本格式后重新填写`);
    }
    let code = normalizeCode(cell.kind === 'number' ? cell.text : (cellText(cell) ?? ''));
    if (options.upper) code = code.toUpperCase();
    if (code.length > options.max) return this.fail(key, `${this.header(key)}最多 ${options.max} 个字符（当前 ${code.length} 个）`);
    if (options.pattern && !options.pattern.test(code)) return this.fail(key, options.patternMessage ?? `${this.header(key)}格式不正确`);
    return code;
  }

  /** Renames the checker's generic noun (身份证号…) to the column's own header (户主身份证号…). */
  private checked(key: K, noun: string, result: CheckResult): string | null {
    if (result.ok) return result.value;
    const label = this.header(key);
    const message = result.message.startsWith(noun) && label.endsWith(noun) ? label + result.message.slice(noun.length) : result.message;
    return this.fail(key, message);
  }

  /** A 身份证号 per GB 11643, normalised with an uppercase X. A number cell has already lost digits. */
  idNumber(key: K): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const label = this.header(key);
    const lostDigits = `${label}被存成了数字，末尾数字已丢失，请把该列设为文本格式后重新填写`;
    if (cell.kind === 'number' && cell.source === 'cell') return this.fail(key, lostDigits);
    const text = cellText(cell) ?? '';
    // Scientific notation typed back as text (1.10105E+17) comes from a number cell copied as text.
    if (/^\d(\.\d+)?e\+?\d+$/i.test(normalizeCode(text))) return this.fail(key, lostDigits);
    return this.checked(key, '身份证号', checkIdNumber(normalizeCode(text), { today: this.today }));
  }

  /** A mainland phone number; an 11-digit mobile stored as a number is fine, a landline's lost leading 0 is not. */
  phone(key: K): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const text = cell.kind === 'number' ? cell.text : (cellText(cell) ?? '');
    return this.checked(key, '联系电话', checkPhone(normalizeCode(text)));
  }

  /** A 统一社会信用代码 per GB 32100. */
  creditCode(key: K): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const text = cell.kind === 'number' ? cell.text : (cellText(cell) ?? '');
    return this.checked(key, '统一社会信用代码', checkCreditCode(normalizeCode(text)));
  }

  /** The exact decimal text of a number cell, of a number typed as text, or of one followed by its unit word (`120.5㎡`, `3人`). */
  private decimalText(cell: ReadableCell, unit?: RegExp): string | null {
    if (cell.kind === 'number') return cell.text;
    if (cell.kind !== 'text' || !unit) return null;
    const stripped = normalizeCode(cell.text).replace(unit, '');
    return /^-?\d+(\.\d+)?$/.test(stripped) ? stripped : null;
  }

  /**
   * An area in m², as a 2-decimal string (`'120.50'`). More than 2 decimals is rejected rather than
   * rounded: areas turn into money, and the officer should decide what 12.345 m² really is.
   */
  area(key: K): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const label = this.header(key);
    const text = this.decimalText(cell, AREA_UNIT);
    if (text === null) return this.fail(key, `${label}必须是数字（当前：${cellText(cell)}）`);
    // The usual area (`120.5`, `86`) needs no decimal arithmetic: pad it to two decimals.
    const plain = PLAIN_AREA.exec(text);
    if (plain) return `${plain[1]!.replace(LEADING_ZEROS, '')}.${(plain[2] ?? '').padEnd(2, '0')}`;
    const value = new Dec(text);
    if (value.isNegative() && !value.isZero()) return this.fail(key, `${label}不能为负数（当前 ${text}）`);
    if (value.decimalPlaces() > 2) return this.fail(key, `${label}最多两位小数（当前 ${text}），请核实后填写`);
    if (value.abs().toFixed(0, Dec.ROUND_DOWN).length > MAX_AREA_INTEGER_DIGITS) return this.fail(key, `${label}数值过大（当前 ${text}）`);
    return value.abs().toFixed(2);
  }

  /** An integer in [min, max]; `unit` (e.g. 人) may follow the number. */
  integer(key: K, options: { min: number; max: number; unit?: string; message?: string }): number | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const message = options.message ?? `${this.header(key)}必须是 ${options.min} 至 ${options.max} 之间的整数`;
    const text = this.decimalText(cell, options.unit ? unitSuffix(options.unit) : undefined);
    if (text === null) return this.fail(key, `${message}（当前：${cellText(cell)}）`);
    if (PLAIN_INTEGER.test(text)) {
      const value = Number(text);
      return value >= options.min && value <= options.max ? value : this.fail(key, `${message}（当前 ${text}）`);
    }
    const value = new Dec(text);
    if (!value.isInteger() || value.lt(options.min) || value.gt(options.max)) return this.fail(key, `${message}（当前 ${text}）`);
    return value.toNumber();
  }

  /** One of a fixed list: `choices` maps every accepted spelling to its stored value; `allowed` is what the message lists. */
  choice<V extends string>(key: K, choices: ReadonlyMap<string, V>, allowed: readonly string[]): V | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const text = normalizeCode(cellText(cell) ?? '');
    const value = choices.get(text) ?? choices.get(text.toLowerCase());
    if (value === undefined) return this.fail(key, `${this.header(key)}只能是 ${allowed.join('、')} 之一（当前：${cellText(cell)}）`);
    return value;
  }

  /** A 4-digit year from `min` to this year (Asia/Shanghai); `1995年` is accepted. */
  year(key: K, min: number): number | null {
    const thisYear = Number(this.today.slice(0, 4));
    return this.integer(key, {
      min,
      max: thisYear,
      unit: '年',
      message: `${this.header(key)}必须是 ${min} 至 ${thisYear} 之间的 4 位年份`,
    });
  }

  /** A calendar date `YYYY-MM-DD` within `earliest`..`latest` (a planned date may lie ahead). */
  date(key: K, rules: { earliest: string; latest: string }): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const parsed = parseDateCell(cell, { label: this.header(key), ...rules });
    return parsed.ok ? parsed.date : this.fail(key, parsed.message);
  }

  /** A calendar date `YYYY-MM-DD` from `earliest` to today (Asia/Shanghai). */
  pastDate(key: K, earliest: string): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const parsed = parseDateCell(cell, { label: this.header(key), earliest, latest: this.today });
    if (!parsed.ok) return this.fail(key, parsed.message.replace(`不能晚于 ${this.today}`, '不能晚于今天'));
    return parsed.date;
  }
}
