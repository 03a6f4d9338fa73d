import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { CalculationService } from './calculation.service.js';
import { CalculationView, calculationView } from './calculation.view.js';
import { CreateCalculationDto } from './dto/create-calculation.dto.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('补偿测算')
@Controller('cases/:id/calculations')
export class CalculationController {
  constructor(private readonly calculations: CalculationService) {}

  @Post()
  @Allow('officer', 'admin')
  @AuditAction('calculation.create')
  @ApiOperation({ summary: '按项目现行补偿方案测算（保存为不可变快照）' })
  @ApiCreatedResponse({ type: CalculationView })
  async create(@Param('id', uuid) id: string, @Body() dto: CreateCalculationDto) {
    return calculationView(await this.calculations.create(id, dto));
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '案件的补偿测算（新的在前）' })
  @ApiOkResponse({ type: [CalculationView] })
  async list(@Param('id', uuid) id: string) {
    return (await this.calculations.list(id)).map(calculationView);
  }

  @Get('latest')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件最新的补偿测算' })
  @ApiOkResponse({ type: CalculationView })
  async latest(@Param('id', uuid) id: string) {
    return calculationView(await this.calculations.latest(id));
  }
}
