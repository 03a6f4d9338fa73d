import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '../../shared/subject-fields.js';

/** Why the caller needs to see the full personal data (kept in the audit trail). */
export class UnmaskDto {
  @ApiProperty({ description: '查看事由（必填，最多 200 字）', example: '核对补偿协议签约人身份' })
  @TextField(200)
  reason: string;
}
