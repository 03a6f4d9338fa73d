import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction } from '@app/platform';
import { VersionDto } from '../dto/ownership.dto.js';
import { CreatePlanDto, UpdatePlanDto } from '../dto/plan.dto.js';
import { LAND_READERS, LAND_WRITERS } from '../ownership.controller.js';
import { ConsolidationPlanService } from './consolidation-plan.service.js';
import { planView, PlanView } from './consolidation-plan.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('归并方案')
@Controller('land/consolidation-plans')
export class ConsolidationPlanController {
  constructor(private readonly plans: ConsolidationPlanService) {}

  @Get()
  @Allow(...LAND_READERS)
  @ApiOperation({ summary: '镇、村集体土地归并方案（新的在前），各附归并前后面积合计' })
  @ApiOkResponse({ type: [PlanView] })
  async list() {
    return (await this.plans.list()).map(planView);
  }

  @Get(':id')
  @Allow(...LAND_READERS)
  @ApiOperation({ summary: '一个归并方案：所列土地、归并前（按现所有权人、用途）和归并后的面积合计、批准人' })
  @ApiOkResponse({ type: PlanView })
  async get(@Param('id', uuid) id: string) {
    return planView(await this.plans.get(id));
  }

  @Post()
  @Allow(...LAND_WRITERS)
  @AuditAction('consolidation_plan.create')
  @ApiOperation({ summary: '拟定归并方案：把所选土地归并到目标所有权人和用途（草拟）' })
  @ApiCreatedResponse({ type: PlanView })
  async create(@Body() dto: CreatePlanDto) {
    return planView(await this.plans.create(dto));
  }

  @Patch(':id')
  @Allow(...LAND_WRITERS)
  @AuditAction('consolidation_plan.update')
  @ApiOperation({ summary: '修改草拟中的归并方案（需提供 version）' })
  @ApiOkResponse({ type: PlanView })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdatePlanDto) {
    return planView(await this.plans.update(id, dto));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow('admin')
  @AuditAction('consolidation_plan.approve')
  @ApiOperation({ summary: '批准归并方案（仅管理员；记录批准人和时间）' })
  @ApiOkResponse({ type: PlanView })
  async approve(@Param('id', uuid) id: string, @Body() dto: VersionDto) {
    return planView(await this.plans.approve(id, dto.version));
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Allow(...LAND_WRITERS)
  @AuditAction('consolidation_plan.complete')
  @ApiOperation({ summary: '归并完成（仅已批准的方案）：所列土地改为目标所有权人和用途' })
  @ApiOkResponse({ type: PlanView })
  async complete(@Param('id', uuid) id: string, @Body() dto: VersionDto) {
    return planView(await this.plans.complete(id, dto.version));
  }
}
