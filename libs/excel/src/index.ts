export * from './domain/template-definition.js';
export * from './domain/household-template.js';
export * from './domain/enterprise-template.js';
export * from './domain/parcel-template.js';
export { IMPORT_TEMPLATES } from './domain/import-templates.js';
export {
  cellText,
  excelDateToCalendarDate,
  normalizeCell,
  normalizeCode,
  normalizeText,
  numberText,
  parseNumberText,
  singleLine,
  toHalfWidth,
  type NormalizedCell,
} from './domain/normalize.js';
export { excelSerialToDate, parseDateCell, parseDateText, type DateParseResult, type DateRules } from './domain/parse-date.js';
export {
  columnLetter,
  detectHeader,
  HEADER_SCAN_ROWS,
  parseHeader,
  rowCells,
  type HeaderFailure,
  type HeaderMatch,
  type HeaderResult,
  type SheetRow,
} from './domain/header.js';
export { RowReader, type RowCells, type RowError } from './domain/row-reader.js';
export {
  isBlankRow,
  ROW_VALIDATORS,
  validateEnterpriseRow,
  validateHouseholdRow,
  validateParcelRow,
  type EnterpriseImportRecord,
  type HouseholdImportRecord,
  type ImportRecords,
  type ParcelImportRecord,
  type RowResult,
  type RowValidationOptions,
} from './domain/validate-row.js';
export { duplicateMessage, FirstRowWins } from './domain/first-row-wins.js';
export {
  DEFAULT_UPLOAD_LIMITS,
  fileSignature,
  formatBytes,
  inspectUpload,
  isEncryptedOle2,
  UPLOAD_MESSAGES,
  type FileSignature,
  type UploadInspection,
  type UploadLimits,
  type UploadRejection,
} from './file/inspect-upload.js';
export { countWorksheetRows, type RowCount } from './file/count-rows.js';
