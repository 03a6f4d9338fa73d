import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction } from '@app/platform';
import { ChangeSurveyStatusDto, CreateOwnershipDto, ListOwnershipDto, UpdateOwnershipDto, VersionDto } from './dto/ownership.dto.js';
import { OwnershipService } from './ownership.service.js';
import { OwnershipPage, ownershipView, OwnershipView, totalsView, VillageListView } from './ownership.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** Who reads the land registers: admins and leaders all of it, officers their projects' parcels and villages. */
export const LAND_READERS = ['admin', 'officer', 'leader'] as const;
/** Who keeps them: admins, officers in their projects. */
export const LAND_WRITERS = ['admin', 'officer'] as const;

@ApiTags('集体土地所有权')
@Controller('land/ownership')
export class OwnershipController {
  constructor(private readonly ownership: OwnershipService) {}

  @Get()
  @Allow(...LAND_READERS)
  @ApiOperation({
    summary: '集体土地所有权登记（分页，可按村、所有权人类型、调查状态、用途、关键字筛选），附按所有权人类型和用途的宗数、面积合计',
  })
  @ApiOkResponse({ type: OwnershipPage })
  async list(@Query() query: ListOwnershipDto): Promise<OwnershipPage> {
    const { page, totals } = await this.ownership.list(query);
    return { items: page.items.map(ownershipView), total: page.total, totals: totalsView(totals) };
  }

  @Get('villages')
  @Allow(...LAND_READERS)
  @ApiOperation({ summary: '当前用户可见的村（经办人为其项目地块所在的村）' })
  @ApiOkResponse({ type: VillageListView })
  async villages(): Promise<VillageListView> {
    return { villages: await this.ownership.villages() };
  }

  @Get(':id')
  @Allow(...LAND_READERS)
  @ApiOperation({ summary: '一宗土地的所有权记录' })
  @ApiOkResponse({ type: OwnershipView })
  async get(@Param('id', uuid) id: string) {
    return ownershipView(await this.ownership.get(id));
  }

  @Post()
  @Allow(...LAND_WRITERS)
  @AuditAction('land_ownership.create')
  @ApiOperation({ summary: '登记一宗集体土地（项目地块上的，或尚未进入项目的土地：填村和坐落）' })
  @ApiCreatedResponse({ type: OwnershipView })
  async create(@Body() dto: CreateOwnershipDto) {
    return ownershipView(await this.ownership.create(dto));
  }

  @Patch(':id')
  @Allow(...LAND_WRITERS)
  @AuditAction('land_ownership.update')
  @ApiOperation({ summary: '修改所有权记录（需提供 version；已确权的不能改所有权人、证书编号、面积和用途）' })
  @ApiOkResponse({ type: OwnershipView })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateOwnershipDto) {
    return ownershipView(await this.ownership.update(id, dto));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Allow(...LAND_WRITERS)
  @AuditAction('land_ownership.status')
  @ApiOperation({ summary: '推进调查状态：未调查 → 调查中 → 已确权（确权须有证书编号）' })
  @ApiOkResponse({ type: OwnershipView })
  async changeStatus(@Param('id', uuid) id: string, @Body() dto: ChangeSurveyStatusDto) {
    return ownershipView(await this.ownership.changeStatus(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(...LAND_WRITERS)
  @AuditAction('land_ownership.delete')
  @ApiOperation({ summary: '删除所有权记录（已列入归并方案的不能删除）' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuid) id: string, @Body() dto: VersionDto): Promise<void> {
    await this.ownership.remove(id, dto.version);
  }
}
