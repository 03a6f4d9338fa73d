import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { CHOOSING_WRITERS } from '../domain/choosing-rules.js';
import { AllocationRepository } from './allocation.repository.js';
import { AllocationService } from './allocation.service.js';
import { AllocationView, allocationView, ChoosingBaseView, choosingBaseView } from './allocation.view.js';
import { CreateAllocationDto, CreateReservationDto, DeliverAllocationDto, ReleaseAllocationDto } from './dto/allocation.dto.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('选房')
@Controller()
export class AllocationController {
  constructor(
    private readonly allocations: AllocationService,
    private readonly repository: AllocationRepository,
  ) {}

  @Get('resettlement/choosing-bases')
  @Allow(...READERS)
  @ApiOperation({ summary: '可选房的安置基地：阶段、房源总数与可选房源数' })
  @ApiOkResponse({ type: [ChoosingBaseView] })
  async bases() {
    return (await this.repository.bases()).map(choosingBaseView);
  }

  @Post('resettlement/allocations')
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('allocation.create')
  @ApiOperation({
    summary:
      '分配房源（一次点击）：轮到的一户、在应安置面积及方案上限内；房源行锁与唯一索引保证一套房源只归一户（并发时其余得到 409“该房源已被其他家庭选定”）；协议的安置房地点、面积与差价同一事务内更新',
  })
  @ApiCreatedResponse({ type: AllocationView })
  async allocate(@Body() dto: CreateAllocationDto) {
    return allocationView(await this.allocations.allocate(dto));
  }

  @Post('resettlement/reservations')
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('allocation.reserve')
  @ApiOperation({
    summary:
      '预留房源（填写原因，如残疾户需低楼层）：房源为该户保留，其他家庭不能选定（409“该房源已为其他家庭预留”）；该户选房时一次点击即分配，或释放预留',
  })
  @ApiCreatedResponse({ type: AllocationView })
  async reserve(@Body() dto: CreateReservationDto) {
    return allocationView(await this.allocations.reserve(dto));
  }

  @Post('resettlement/allocations/:id/release')
  @HttpCode(200)
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('allocation.release')
  @ApiOperation({ summary: '释放分配（填写原因）：房源恢复可选，协议差价重新计算，该户在轮次中重新轮到' })
  @ApiOkResponse({ type: AllocationView })
  async release(@Param('id', uuid) id: string, @Body() dto: ReleaseAllocationDto) {
    return allocationView(await this.allocations.release(id, dto));
  }

  @Post('resettlement/allocations/:id/deliver')
  @HttpCode(200)
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('allocation.deliver')
  @ApiOperation({ summary: '交房：交房日期与签收单（先上传为该分配的附件）；该户全部安置房交房后即为“已安置”' })
  @ApiOkResponse({ type: AllocationView })
  async deliver(@Param('id', uuid) id: string, @Body() dto: DeliverAllocationDto) {
    return allocationView(await this.allocations.deliver(id, dto));
  }

  @Get('cases/:id/allocations')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件的房源分配（安置房、周转房，含已释放的历史）' })
  @ApiOkResponse({ type: [AllocationView] })
  async ofCase(@Param('id', uuid) id: string) {
    return (await this.allocations.ofCase(id)).map(allocationView);
  }
}
