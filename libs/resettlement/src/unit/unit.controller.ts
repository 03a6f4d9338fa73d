import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS, skipTake } from '@app/platform';
import { FreezeUnitDto, UnfreezeUnitDto, UnitListQueryDto } from './dto/unit.dto.js';
import { UnitService } from './unit.service.js';
import { BuildingGridView, buildingGridView, UnitPage, UnitView, unitView } from './unit.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('安置房')
@Controller('resettlement')
export class UnitController {
  constructor(private readonly units: UnitService) {}

  @Get('buildings/:id/grid')
  @Allow(...READERS)
  @ApiOperation({ summary: '楼栋房源图：各层（高层在前）× 各室的户型、面积、状态、冻结原因和持有户' })
  @ApiOkResponse({ type: BuildingGridView })
  async grid(@Param('id', uuid) id: string) {
    return buildingGridView(await this.units.grid(id));
  }

  @Get('units')
  @Allow(...READERS)
  @ApiOperation({ summary: '房源列表（可按基地编号、楼栋、状态、户型筛选，分页）' })
  @ApiOkResponse({ type: UnitPage })
  async list(@Query() query: UnitListQueryDto) {
    const { skip, take } = skipTake(query);
    const page = await this.units.list(query, skip, take);
    return { items: page.items.map(unitView), total: page.total };
  }

  @Post('units/:id/freeze')
  @HttpCode(200)
  @Allow('admin', 'officer')
  @AuditAction('resettlement_unit.freeze')
  @ApiOperation({ summary: '冻结可选的房源（须填写原因），冻结后不能选房' })
  @ApiOkResponse({ type: UnitView })
  async freeze(@Param('id', uuid) id: string, @Body() dto: FreezeUnitDto) {
    return unitView(await this.units.freeze(id, dto));
  }

  @Post('units/:id/unfreeze')
  @HttpCode(200)
  @Allow('admin', 'officer')
  @AuditAction('resettlement_unit.unfreeze')
  @ApiOperation({ summary: '解冻房源，恢复为可选' })
  @ApiOkResponse({ type: UnitView })
  async unfreeze(@Param('id', uuid) id: string, @Body() dto: UnfreezeUnitDto) {
    return unitView(await this.units.unfreeze(id, dto));
  }
}
