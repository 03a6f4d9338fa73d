import { createReadStream } from 'node:fs';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiFileResponse, attachmentDisposition, AuditAction, READERS } from '@app/platform';
import { exportFileName } from './domain/export-kinds.js';
import { CreateExportDto } from './dto/create-export.dto.js';
import { ExportService } from './export.service.js';
import { ExportAcceptedView, ExportBatchList, ExportBatchView, exportView } from './export.view.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ExportId = () => Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 }));

/** Exports: everyone who reads case data may export what they may see (personal data masked). */
@ApiTags('Excel 导入导出')
@Controller('exports')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Post()
  @Allow(...READERS)
  @AuditAction('export.create')
  @HttpCode(202)
  @ApiOperation({ summary: '申请导出（household-ledger 动迁户台账 / case-progress 案件进度统计 / agreement-ledger 签约台账 / payment-ledger 支付台账 / recalculation-diff 重新测算差异表 / handover-certificate 移交单），后台生成' })
  @ApiAcceptedResponse({ type: ExportAcceptedView })
  async create(@Body() dto: CreateExportDto) {
    const batch = await this.exports.request(dto);
    return { id: batch.id };
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '我的导出' })
  @ApiOkResponse({ type: ExportBatchList })
  async list() {
    return { items: (await this.exports.listMine()).map(exportView) };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '导出进度' })
  @ApiOkResponse({ type: ExportBatchView })
  async get(@ExportId() id: string) {
    return exportView(await this.exports.get(id));
  }

  @Get(':id/file')
  @Allow(...READERS)
  @AuditAction('export.download')
  @ApiOperation({ summary: '下载导出文件（完成后；每次下载记入审计日志）' })
  @ApiFileResponse(XLSX, '导出的 .xlsx 文件')
  async file(@ExportId() id: string): Promise<StreamableFile> {
    const { batch, path } = await this.exports.file(id);
    const { asciiName } = exportFileName(batch.kind, batch.createdAt);
    return new StreamableFile(createReadStream(path), { type: XLSX, disposition: attachmentDisposition(batch.fileName, asciiName) });
  }
}
