import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

/**
 * Opens the first worksheet of a stored .xlsx for streaming, reading the zip through its central
 * directory (yauzl) instead of ExcelJS's single forward pass over the zip stream.
 *
 * Why: ExcelJS 4.4.0's `WorkbookReader.parse()` walks the zip with unzipper's streaming parser and
 * intermittently loses the last entries of the archive (exceljs#683, #3064). ExcelJS itself writes
 * `xl/sharedStrings.xml`, `xl/styles.xml` and `xl/workbook.xml` after the worksheets, so a lost
 * entry means cells come back as `{ sharedString: n }` instead of their text — a header that
 * "is not there", or rows rejected for no reason. Here every part is opened by name, the shared
 * strings, styles and workbook are read completely before the worksheet, and the worksheet itself
 * is still parsed row by row by ExcelJS's own `WorksheetReader` (dates, number formats, formulas,
 * rich text handled exactly as before), so memory stays flat however many rows there are.
 *
 * This drives `WorkbookReader`'s part parsers, which are internal to ExcelJS: the version is pinned
 * in package.json and these tests fail if they change.
 */

export type WorksheetRowsReader = AsyncIterable<ExcelJS.Row>;

interface Relationship {
  Id: string;
  Target: string;
  Type?: string;
}

/** The part parsers of ExcelJS 4.4.0's WorkbookReader (lib/stream/xlsx/workbook-reader.js). */
interface WorkbookReaderParts {
  workbookRels?: Relationship[];
  model?: { sheets?: Array<{ rId: string; name?: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

export interface FirstWorksheetOptions {
  /** Read styles so date-formatted cells come back as `Date` (costs a little time). */
  styles: boolean;
}

const WORKSHEET_PATH = /^xl\/worksheets\/sheet(\d+)\.xml$/;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName.replace(/^\/+/, ''), entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}

/** The zip path of the workbook's first sheet (its first tab), or of the lowest-numbered worksheet part. */
function firstWorksheetPath(parts: WorkbookReaderParts, entries: Map<string, yauzl.Entry>): string | undefined {
  const first = parts.model?.sheets?.[0];
  const rel = first && parts.workbookRels?.find((r) => r.Id === first.rId);
  if (rel) {
    const target = rel.Target.startsWith('/') ? rel.Target.slice(1) : posix.normalize(posix.join('xl', rel.Target));
    if (entries.has(target)) return target;
  }
  return [...entries.keys()]
    .filter((name) => WORKSHEET_PATH.test(name))
    .sort((a, b) => Number(WORKSHEET_PATH.exec(a)![1]) - Number(WORKSHEET_PATH.exec(b)![1]))[0];
}

/** A stored .xlsx opened through its central directory, with its workbook parts parsed and its first worksheet located. */
interface OpenedWorkbook {
  parts: WorkbookReaderParts;
  /** The zip path of the first worksheet, or undefined for a workbook without worksheets. */
  sheetPath: string | undefined;
  /** Opens a part by its zip path (undefined when absent); the stream inflates as it is read. */
  part(name: string): Promise<Readable | undefined>;
  close(): void;
}

/**
 * Opens the zip, lists its entries and parses the workbook's relationships and sheet list, so the
 * first worksheet is known. The caller must `close()` it; a damaged file throws (and is closed).
 */
async function openWorkbook(path: string, options: FirstWorksheetOptions): Promise<OpenedWorkbook> {
  const zip = await openZip(path);
  try {
    const entries = await listEntries(zip);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      worksheets: 'emit',
      hyperlinks: 'ignore',
      styles: options.styles ? 'cache' : 'ignore',
      entries: 'ignore',
    });
    const parts = reader as unknown as WorkbookReaderParts;
    const part = async (name: string) => {
      const entry = entries.get(name);
      return entry ? openEntry(zip, entry) : undefined;
    };
    const rels = await part('xl/_rels/workbook.xml.rels');
    if (rels) await parts._parseRels(rels);
    const workbook = await part('xl/workbook.xml');
    if (workbook) await parts._parseWorkbook(workbook);
    return { parts, sheetPath: firstWorksheetPath(parts, entries), part, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/**
 * The raw XML of the first worksheet and of the shared-string table, inflated as they are read, for
 * scans that need no cell values (counting rows). Both streams and the file are closed when `use` ends.
 */
export async function withFirstWorksheetXml<T>(
  path: string,
  use: (xml: { sheet(): Promise<Readable | undefined>; sharedStrings(): Promise<Readable | undefined> }) => Promise<T>,
): Promise<T> {
  const book = await openWorkbook(path, { styles: false });
  const opened: Readable[] = [];
  const open = async (name: string | undefined) => {
    const stream = name ? await book.part(name) : undefined;
    if (stream) opened.push(stream);
    return stream;
  };
  try {
    return await use({ sheet: () => open(book.sheetPath), sharedStrings: () => open('xl/sharedStrings.xml') });
  } finally {
    for (const stream of opened) stream.destroy();
    book.close();
  }
}

/**
 * Rows of the first worksheet, as ExcelJS `Row`s. Leaving the loop early closes the file. A workbook
 * without worksheets yields nothing; a damaged one throws.
 */
export async function* readFirstWorksheet(path: string, options: FirstWorksheetOptions): AsyncGenerator<ExcelJS.Row> {
  const book = await openWorkbook(path, options);
  let sheet: Readable | undefined;
  try {
    const { parts, part } = book;
    const strings = await part('xl/sharedStrings.xml');
    if (strings) {
      // In 'cache' mode this yields nothing; it fills the reader's shared-string table.
      for await (const _ of parts._parseSharedStrings(strings)) void _;
    }
    if (options.styles) {
      const styles = await part('xl/styles.xml');
      if (styles) await parts._parseStyles(styles);
    }

    if (!book.sheetPath) return;
    sheet = await part(book.sheetPath);
    const sheetNo = WORKSHEET_PATH.exec(book.sheetPath)?.[1] ?? '1';
    for (const event of parts._parseWorksheet(sheet!, sheetNo)) {
      if (event.eventType !== 'worksheet') continue;
      yield* event.value as AsyncIterable<ExcelJS.Row>;
      break;
    }
  } finally {
    sheet?.destroy();
    book.close();
  }
}
