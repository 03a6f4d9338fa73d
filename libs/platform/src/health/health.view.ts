import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answer of `/health` (Terminus' shape): the overall status and each check's result. */
export class HealthView {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'], enumName: 'HealthStatus' })
  status!: 'ok' | 'error' | 'shutting_down';

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: '正常的检查项', example: { database: { status: 'up' } } })
  info?: Record<string, unknown> | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: '失败的检查项' })
  error?: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: '全部检查项' })
  details!: Record<string, unknown>;
}
