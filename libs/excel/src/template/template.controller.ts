import { Controller, Get, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiFileResponse, attachmentDisposition } from '@app/platform';
import { IMPORT_TEMPLATES } from '../domain/import-templates.js';
import { IMPORT_KINDS, type ImportKind } from '../domain/template-definition.js';
import { buildTemplateWorkbook, templateFileName } from './template-workbook.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Import templates. Only those who import (officers and admins) get them: a template holds no
 * data, but nobody else has a use for it.
 */
@ApiTags('Excel 导入导出')
@Controller('imports/templates')
export class TemplateController {
  @Get(':kind')
  @Allow('officer', 'admin')
  @ApiOperation({ summary: '下载导入模板（households / enterprises / parcels）' })
  @ApiFileResponse(XLSX, '导入模板 .xlsx')
  async download(@Param('kind') kind: string): Promise<StreamableFile> {
    if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
      throw new NotFoundException(`没有这种导入模板（可选 ${IMPORT_KINDS.join("、")}）`);
    }
    const template = IMPORT_TEMPLATES[kind as ImportKind];
    const { fileName, asciiName } = templateFileName(template);
    return new StreamableFile(await buildTemplateWorkbook(template), { type: XLSX, disposition: attachmentDisposition(fileName, asciiName) });
  }
}
