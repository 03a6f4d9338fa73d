import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class AttachmentOwnerDto {
  @ApiProperty({ description: '所属记录的类型：communication 沟通记录，handover 移交单', example: 'communication' })
  @IsString({ message: '请指定附件所属记录的类型' })
  @MaxLength(40)
  @Matches(/^[a-z_]+$/, { message: '附件所属记录的类型格式不正确' })
  ownerType: string;

  @ApiProperty({ format: 'uuid', description: '所属记录的编号' })
  @IsUUID('all', { message: '所属记录的编号格式不正确' })
  ownerId: string;
}

/** The multipart form of an upload: the file (in `file`) and its owner. */
export class UploadAttachmentDto extends AttachmentOwnerDto {}
