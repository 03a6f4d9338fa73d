import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction } from '@app/platform';
import { CreateImportDto } from './dto/create-import.dto.js';
import { ListImportsQuery } from './dto/list-imports.query.js';
import { importBatchView } from './import-batch.view.js';
import { ImportService } from './import.service.js';
import { UploadCleanupInterceptor, type StoredUpload } from './upload-storage.js';

/** Excel imports: upload a workbook, follow its progress. */
@ApiTags('Excel 导入')
@Controller('imports')
@Allow('officer', 'admin')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @AuditAction('import.create')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '上传 .xlsx 并排队导入（file、kind，可选 dryRun=true 试导入）' })
  @UseInterceptors(UploadCleanupInterceptor, FileInterceptor('file'))
  async create(@UploadedFile() file: StoredUpload | undefined, @Body() dto: CreateImportDto) {
    return { id: await this.imports.accept(file, dto) };
  }

  @Get()
  @ApiOperation({ summary: '我的导入记录（管理员：全部），最新的在前' })
  async list(@Query() query: ListImportsQuery) {
    const page = await this.imports.list(query);
    return { items: page.items.map(importBatchView), total: page.total };
  }

  @Get(':id')
  @ApiOperation({ summary: '导入进度和结果' })
  async get(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    return importBatchView(await this.imports.get(id));
  }
}
