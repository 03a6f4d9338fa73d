import { Body, Controller, Get, Header, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubjectId } from '../shared/subject-id.param.js';
import { CreateHouseholdDto } from './dto/create-household.dto.js';
import { ListHouseholdsQuery, SearchHouseholdsDto } from './dto/list-households.query.js';
import { UnmaskDto } from './dto/unmask.dto.js';
import { UpdateHouseholdDto } from './dto/update-household.dto.js';
import { HouseholdService } from './household.service.js';
import { HouseholdPage, householdPersonalDataView, HouseholdPersonalDataView, householdView, HouseholdView } from './household.view.js';
import { Allow, AuditAction, READERS } from '@app/platform';

/** Households. 身份证号 and phones are always masked here, except through the audited unmask. */
@ApiTags('征收对象：民房')
@Controller('households')
export class HouseholdController {
  constructor(private readonly households: HouseholdService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '户列表（按项目、地块、村、关键字、案件状态筛选；按完整身份证号或电话查找请用 POST /api/households/search）' })
  @ApiOkResponse({ type: HouseholdPage })
  async list(@Query() query: ListHouseholdsQuery) {
    const page = await this.households.list(query);
    return {
      items: page.items.map(({ household, members }) => householdView(household, members)),
      total: page.total,
      totalExact: page.totalExact,
      next: page.next,
    };
  }

  @Post('search')
  @Allow(...READERS)
  @AuditAction('household.search')
  @HttpCode(200)
  @ApiOperation({
    summary: '查找户：条件同户列表，放在请求正文中，关键字可为完整身份证号（户主或家庭成员）或电话号码——号码不进网址；每次查找记入审计',
  })
  @ApiOkResponse({ type: HouseholdPage })
  async search(@Body() query: SearchHouseholdsDto) {
    const page = await this.households.list(query);
    return {
      items: page.items.map(({ household, members }) => householdView(household, members)),
      total: page.total,
      totalExact: page.totalExact,
      next: page.next,
    };
  }

  @Post()
  @Allow('officer', 'admin')
  @AuditAction('household.create')
  @HttpCode(201)
  @ApiOperation({ summary: '登记户（同时建立案件）' })
  @ApiCreatedResponse({ type: HouseholdView })
  async create(@Body() dto: CreateHouseholdDto) {
    const { household, members } = await this.households.create(dto);
    return householdView(household, members);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '户详情（含家庭成员；身份证号和电话已脱敏）' })
  @ApiOkResponse({ type: HouseholdView })
  async get(@SubjectId() id: string) {
    const { household, members } = await this.households.get(id);
    return householdView(household, members);
  }

  @Patch(':id')
  @Allow('officer', 'admin')
  @AuditAction('household.update')
  @ApiOperation({ summary: '修改户信息（需提供 version）' })
  @ApiOkResponse({ type: HouseholdView })
  async update(@SubjectId() id: string, @Body() dto: UpdateHouseholdDto) {
    const { household, members } = await this.households.update(id, dto);
    return householdView(household, members);
  }

  @Post(':id/unmask')
  @Allow('officer', 'admin')
  @AuditAction('pii.unmask')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: '查看完整身份证号和电话（本项目经办人或管理员；须填写事由，记入审计）' })
  @ApiOkResponse({ type: HouseholdPersonalDataView })
  async unmask(@SubjectId() id: string, @Body() dto: UnmaskDto) {
    const { household, members } = await this.households.unmask(id, dto.reason);
    return householdPersonalDataView(household, members);
  }
}
