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
export { buildTemplateWorkbook, INSTRUCTIONS_SHEET, templateFileName } from './template/template-workbook.js';
export { BAD_CELL_FILL, describeRejection, ERROR_COLUMN_HEADER, writeRejectionReport, type RejectedRow, type RejectionReportInput, type RowRejection } from './report/rejection-report.js';
export { EXPORT_KINDS, EXPORT_KIND_LABELS, exportFileName, watermarkLine, type ExportFilters, type ExportKind, type ExportStatus } from './export/domain/export-kinds.js';
export { ExportBatch } from './export/export-batch.entity.js';
export { ExportJob } from './export/export.job.js';
export { ExportJobHandler } from './export/export-job.handler.js';
export { ExportSourceRepository } from './export/export-source.repository.js';
export { HOUSEHOLD_LEDGER_COLUMNS, type HouseholdLedgerRow } from './export/domain/household-ledger.js';
export { LedgerWriter } from './export/ledger-writer.js';
export { ExcelModule } from './excel.module.js';

export { ImportBatch, IMPORT_STATUSES, type ImportStatus } from './import/import-batch.entity.js';
export { ImportRejection, type RejectedValues, type RejectionError } from './import/import-rejection.entity.js';
export { ImportJob } from './import/import.job.js';
export { ImportJobHandler } from './import/import-job.handler.js';
export { HouseholdChunkProcessor } from './import/households/household-chunk.processor.js';
export { EnterpriseChunkProcessor } from './import/enterprises/enterprise-chunk.processor.js';
export { ParcelChunkProcessor } from './import/parcels/parcel-chunk.processor.js';
export { readHeadRows, readWorksheetRows } from './file/read-rows.js';

/** Entities owned by the excel library. */
import { ExportBatch as ExportBatchEntity } from './export/export-batch.entity.js';
import { ImportBatch as ImportBatchEntity } from './import/import-batch.entity.js';
import { ImportRejection as ImportRejectionEntity } from './import/import-rejection.entity.js';
export const excelEntities = [ExportBatchEntity, ImportBatchEntity, ImportRejectionEntity];
export { FileRetentionService, type PurgeResult } from './retention/file-retention.service.js';
export { readChoosingOrder, writeChoosingOrder, CHOOSING_ORDER_HEADER, CHOOSING_ORDER_LABELS, type ChoosingOrderSheet } from './export/choosing-order-workbook.js';
