import type { Readable } from 'node:stream';
import { INVISIBLE_CHARACTERS } from '@app/platform';
import type { RowCount } from './count-rows.js';
import { withFirstWorksheetXml } from './first-worksheet.js';

/**
 * Text that cell normalisation turns into nothing: only spaces of any kind, line breaks and the
 * invisible characters it removes (exactly what `normalizeText` drops; scan-rows.spec.ts keeps the two in step).
 */
const BLANK_TEXT = new RegExp(`^(?:\\s|${INVISIBLE_CHARACTERS.source})*$`);
const XML_ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TEXT_RUN = /<t(?:\s[^>]*)?>([^<]*)<\/t>/g;
const PHONETIC_RUN = /<rPh\b[\s\S]*?<\/rPh>/g;
const VALUE = /<v(?:\s[^>]*)?>([^<]*)<\/v>/;
const CELL_TYPE = /\st\s*=\s*["']([^"']*)["']/;
const FORMULA = /<f[\s>/]/;
const ANY_VALUE = /<v[\s/>]/;
const SLASH = 0x2f;

/** Whether the character after `<name` ends the element name (`<row>` but not `<rowBreaks>`). */
const endsName = (code: number) => code === 0x3e || code === SLASH || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(XML_ENTITY, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Whether XML text (entities not yet decoded) is blank once normalised. */
export function isBlankXmlText(raw: string): boolean {
  return BLANK_TEXT.test(raw) || BLANK_TEXT.test(decodeXml(raw));
}

/** Whether every `<t>` run of a string item (`<si>`, `<is>`) is blank; phonetic runs (`<rPh>`) do not count. */
function blankRuns(xml: string): boolean {
  const runs = xml.includes('<rPh') ? xml.replace(PHONETIC_RUN, '') : xml;
  for (const m of runs.matchAll(TEXT_RUN)) if (!isBlankXmlText(m[1]!)) return false;
  return true;
}

type ElementVisitor = (attributes: string, body: string | null) => boolean;

/**
 * Calls `each` with the attributes and body (null when self-closing) of every complete `<name>`
 * element of `xml` from `at` on, until it returns false. Returns -1 when `each` stopped the walk,
 * else where an element still unfinished at the end of `xml` may begin (text before it is done).
 */
function walkElements(xml: string, name: string, each: ElementVisitor, at = 0): number {
  const open = `<${name}`;
  const close = `</${name}>`;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) return Math.max(at, xml.length - open.length);
    const next = xml.charCodeAt(start + open.length);
    if (Number.isNaN(next)) return start;
    if (!endsName(next)) {
      at = start + open.length;
      continue;
    }
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) return start;
    if (xml.charCodeAt(tagEnd - 1) === SLASH) {
      if (!each(xml.slice(start + open.length, tagEnd - 1), null)) return -1;
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) return start;
    if (!each(xml.slice(start + open.length, tagEnd), xml.slice(tagEnd + 1, end))) return -1;
    at = end + close.length;
  }
}

/**
 * Walks the `<name>` elements of an XML stream (see walkElements), decoding it as UTF-8 text and
 * holding at most one unfinished element between chunks.
 */
async function walkStream(stream: Readable, name: string, each: ElementVisitor): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of stream) {
    text += decoder.decode(chunk as Buffer, { stream: true });
    const rest = walkElements(text, name, each);
    if (rest < 0) return;
    text = text.slice(rest);
  }
  walkElements(text + decoder.decode(), name, each);
}

/** The shared-string table's size and which of its items are blank (usually none). */
async function blankSharedStrings(stream: Readable | undefined): Promise<{ count: number; blank: Set<number> }> {
  const table = { count: 0, blank: new Set<number>() };
  if (!stream) return table;
  await walkStream(stream, 'si', (_attributes, body) => {
    if (body === null || blankRuns(body)) table.blank.add(table.count);
    table.count += 1;
    return true;
  });
  return table;
}

/**
 * Counts the rows of the first worksheet that hold a value, from the worksheet's XML alone: no cell
 * objects, no styles, no value parsing — a small fraction of what a parse costs, so the upload can
 * enforce the row limit and record the batch total without reading the file twice.
 *
 * A row counts when one of its cells holds a formula, a number, a boolean, an error, or text that is
 * not blank once normalised: what `countWorksheetRows` decides from the parsed values. Stops as soon
 * as the count passes `limit`.
 */
export async function scanWorksheetRows(path: string, options: { limit?: number } = {}): Promise<RowCount> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  return withFirstWorksheetXml(path, async (xml) => {
    const sheet = await xml.sheet();
    if (!sheet) return { rows: 0, truncated: false };
    // Only blank shared strings matter here; a table of text is read once, as text, without keeping it.
    const strings = await blankSharedStrings(await xml.sharedStrings());
    const cellHasValue = (attributes: string, body: string | null): boolean => {
      if (body === null) return false;
      if (FORMULA.test(body)) return true;
      const type = CELL_TYPE.exec(attributes)?.[1] ?? 'n';
      if (type === 'inlineStr') return body.includes('<is') && !blankRuns(body);
      const value = VALUE.exec(body);
      if (type === 's') {
        const index = value ? Number(value[1]) : NaN;
        return Number.isInteger(index) && index >= 0 && index < strings.count && !strings.blank.has(index);
      }
      if (type === 'str') return value !== null && !isBlankXmlText(value[1]!);
      // Numbers, dates, booleans and errors: any value element counts.
      return value !== null || ANY_VALUE.test(body);
    };
    let rows = 0;
    await walkStream(sheet, 'row', (_attributes, body) => {
      if (body === null) return true;
      let found = false;
      walkElements(body, 'c', (attributes, cell) => !(found = cellHasValue(attributes, cell)));
      if (found) rows += 1;
      return rows <= limit;
    });
    return { rows, truncated: rows > limit };
  });
}
