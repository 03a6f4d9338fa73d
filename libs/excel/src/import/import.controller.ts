import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiFileResponse, attachmentDisposition, AuditAction, AuditInHandlerTransaction } from '@app/platform';
import { CreateImportDto } from './dto/create-import.dto.js';
import { ListImportsQuery } from './dto/list-imports.query.js';
import { ImportAcceptedView, ImportBatchPage, importBatchView, ImportBatchView } from './import-batch.view.js';
import { ImportReportService } from './import-report.service.js';
import { ImportService } from './import.service.js';
import { UploadCleanupInterceptor, type StoredUpload } from './upload-storage.js';

/** Excel imports: upload a workbook, follow its progress. */
@ApiTags('Excel 导入')
@Controller('imports')
@Allow('officer', 'admin')
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly reports: ImportReportService,
  ) {}

  @Post()
  @AuditAction('import.create')
  @AuditInHandlerTransaction() // the file is received and checked before a connection is taken
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '上传 .xlsx 并排队导入（file、kind，可选 dryRun=true 试导入）' })
  @UseInterceptors(UploadCleanupInterceptor, FileInterceptor('file'))
  @ApiAcceptedResponse({ type: ImportAcceptedView })
  async create(@UploadedFile() file: StoredUpload | undefined, @Body() dto: CreateImportDto) {
    return { id: await this.imports.accept(file, dto) };
  }

  @Get()
  @ApiOperation({ summary: '我的导入记录（管理员：全部），最新的在前' })
  @ApiOkResponse({ type: ImportBatchPage })
  async list(@Query() query: ListImportsQuery) {
    const page = await this.imports.list(query);
    return { items: page.items.map(importBatchView), total: page.total };
  }

  @Get(':id')
  @ApiOperation({ summary: '导入进度和结果' })
  @ApiOkResponse({ type: ImportBatchView })
  async get(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    return importBatchView(await this.imports.get(id));
  }

  @Get(':id/report')
  @AuditAction('import.report')
  @ApiOperation({ summary: '下载错误报告（被拒绝的行原样列出，含完整身份证号，附“错误说明”，问题单元格标红并加批注；每次下载记入审计日志）' })
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '错误报告 .xlsx')
  async report(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string): Promise<StreamableFile> {
    const { batch, stream } = await this.reports.open(id);
    const base = batch.fileName.replace(/\.xlsx$/i, '');
    return new StreamableFile(stream, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: attachmentDisposition(`${base}-错误报告.xlsx`, 'import-errors.xlsx'),
    });
  }
}
