import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, currentActor, READERS } from '@app/platform';
import { CaseService } from './case.service.js';
import { CaseView, caseView } from './case.view.js';
import { TransitionCaseDto } from './dto/transition-case.dto.js';


@ApiTags('案件')
@Controller('cases')
export class CaseController {
  constructor(private readonly cases: CaseService) {}

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件详情（含状态变更记录）' })
  @ApiOkResponse({ type: CaseView })
  async get(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const { caseFile, history } = await this.cases.getWithHistory(id);
    return caseView(caseFile, history, currentActor().roles);
  }

  @Post(':id/transitions')
  @Allow('officer', 'company', 'finance', 'admin')
  @AuditAction('case.transition')
  @HttpCode(200)
  @ApiOperation({ summary: '变更案件状态（前进一步，或附原因退回）' })
  @ApiOkResponse({ type: CaseView })
  async transition(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string, @Body() dto: TransitionCaseDto) {
    await this.cases.transition(id, { to: dto.to, reason: dto.reason, version: dto.version });
    const { caseFile, history } = await this.cases.getWithHistory(id);
    return caseView(caseFile, history, currentActor().roles);
  }
}

