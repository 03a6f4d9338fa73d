import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { CHOOSING_WRITERS } from '../domain/choosing-rules.js';
import { ChoosingRoundsQuery, CloseChoosingRoundDto, CreateChoosingRoundDto, UnitOptionsQuery } from './dto/choosing.dto.js';
import { ChoosingService } from './choosing.service.js';
import { ChoosingRoundDetailView, ChoosingRoundView, entryView, optionView, roundDetailView, roundView, UnitOptionsView } from './choosing.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('选房')
@Controller('resettlement/choosing-rounds')
export class ChoosingController {
  constructor(private readonly choosing: ChoosingService) {}

  private async detail(id: string): Promise<ChoosingRoundDetailView> {
    return roundDetailView(await this.choosing.state(id));
  }

  @Post()
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('choosing-round.publish')
  @ApiOperation({ summary: '创建并公布选房轮次：按签约顺序号排序，同号按公布的种子（xj-order-v1）打乱，种子与顺序哈希一并公布' })
  @ApiCreatedResponse({ type: ChoosingRoundDetailView })
  async publish(@Body() dto: CreateChoosingRoundDto) {
    return this.detail((await this.choosing.publish(dto)).id);
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '选房轮次（可按项目筛选），新的在前' })
  @ApiOkResponse({ type: [ChoosingRoundView] })
  async list(@Query() query: ChoosingRoundsQuery) {
    const rounds = await this.choosing.list(query.project);
    const projects = await this.choosing.projectsOf(rounds);
    return rounds.map((r) => roundView(r, projects));
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '选房轮次：公布的顺序、各户所选房源、轮到哪一户' })
  @ApiOkResponse({ type: ChoosingRoundDetailView })
  async get(@Param('id', uuid) id: string) {
    return this.detail(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('choosing-round.close')
  @ApiOperation({ summary: '结束选房轮次' })
  @ApiOkResponse({ type: ChoosingRoundDetailView })
  async close(@Param('id', uuid) id: string, @Body() dto: CloseChoosingRoundDto) {
    await this.choosing.close(id, dto.version);
    return this.detail(id);
  }

  @Post(':id/entries/:entryId/finish')
  @HttpCode(200)
  @Allow(...CHOOSING_WRITERS)
  @AuditAction('choosing-entry.finish')
  @ApiOperation({ summary: '该户完成选房（或放弃本轮），轮到下一户' })
  @ApiOkResponse({ type: ChoosingRoundDetailView })
  async finish(@Param('id', uuid) id: string, @Param('entryId', uuid) entryId: string) {
    await this.choosing.finish(id, entryId);
    return this.detail(id);
  }

  @Get(':id/entries/:entryId/options')
  @Allow(...READERS)
  @ApiOperation({ summary: '该户可选的房源（本轮基地的可选房源），每套附选定后的差价；超出方案上限的标明不可选及原因' })
  @ApiOkResponse({ type: UnitOptionsView })
  async options(@Param('id', uuid) id: string, @Param('entryId', uuid) entryId: string, @Query() query: UnitOptionsQuery) {
    const state = await this.choosing.state(id);
    const { entry, heldArea, options } = await this.choosing.options(id, entryId, query);
    return { entry: entryView(entry, state), heldArea, options: options.map(optionView) };
  }
}
