import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, attachmentDisposition, AuditAction, AuditInHandlerTransaction, READERS } from '@app/platform';
import { ATTACHMENT_MEDIA_TYPES } from '../domain/attachment-rules.js';
import { AttachmentOwnerDto, UploadAttachmentDto } from './dto/attachment.dto.js';
import { AttachmentCleanupInterceptor, type StoredAttachment } from './attachment-upload.js';
import { AttachmentService } from './attachment.service.js';
import { attachmentView, AttachmentView } from './attachment.view.js';

/** Attachments of any registered record: upload, list, download. Who may do what is the owner's registration. */
@ApiTags('附件')
@Controller('attachments')
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  @Post()
  @Allow(...READERS)
  @AuditAction('attachment.create')
  @AuditInHandlerTransaction() // the file is received and checked before a connection is taken
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'ownerType', 'ownerId'],
      properties: { file: { type: 'string', format: 'binary' }, ownerType: { type: 'string' }, ownerId: { type: 'string', format: 'uuid' } },
    },
  })
  @ApiOperation({ summary: '上传附件（file、ownerType、ownerId）：仅限 PDF、JPEG、PNG、.xlsx、.docx，按文件内容识别；大小有上限' })
  @UseInterceptors(AttachmentCleanupInterceptor, FileInterceptor('file'))
  @ApiCreatedResponse({ type: AttachmentView })
  async upload(@UploadedFile() file: StoredAttachment | undefined, @Body() dto: UploadAttachmentDto) {
    return attachmentView(await this.attachments.upload(file, dto));
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '某条记录的附件（按上传先后）' })
  @ApiOkResponse({ type: [AttachmentView] })
  async list(@Query() query: AttachmentOwnerDto) {
    return (await this.attachments.list(query.ownerType, query.ownerId)).map(attachmentView);
  }

  @Get(':id')
  @Allow(...READERS)
  @AuditAction('attachment.download')
  @ApiOperation({ summary: '下载附件（原文件名；每次下载记入审计日志）' })
  @ApiProduces(...Object.values(ATTACHMENT_MEDIA_TYPES))
  @ApiOkResponse({ description: '附件原文件', content: Object.fromEntries(Object.values(ATTACHMENT_MEDIA_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) })
  async download(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(id);
    const ext = attachment.fileName.match(/\.[A-Za-z0-9]{1,8}$/)?.[0] ?? '';
    return new StreamableFile(stream, { type: attachment.mediaType, disposition: attachmentDisposition(attachment.fileName, `attachment${ext}`), length: attachment.size });
  }
}
