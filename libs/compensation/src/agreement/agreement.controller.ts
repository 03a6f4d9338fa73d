import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { AgreementPrintService } from './agreement-print.service.js';
import { AgreementService } from './agreement.service.js';
import { AgreementPrintView, AgreementView, agreementView } from './agreement.view.js';
import { DraftAgreementDto, SignAgreementDto, VoidAgreementDto } from './dto/agreement.dto.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('补偿协议')
@Controller()
export class AgreementController {
  constructor(
    private readonly agreements: AgreementService,
    private readonly prints: AgreementPrintService,
  ) {}

  @Post('cases/:id/agreements')
  @Allow('officer', 'admin')
  @AuditAction('agreement.draft')
  @ApiOperation({ summary: '按案件最新的（未过期）测算起草补偿协议（案件须已确认；每案一份有效协议）' })
  @ApiCreatedResponse({ type: AgreementView })
  async draft(@Param('id', uuid) id: string, @Body() dto: DraftAgreementDto) {
    return agreementView(await this.agreements.draft(id, dto));
  }

  @Get('agreements/:id')
  @Allow(...READERS)
  @ApiOperation({ summary: '补偿协议详情' })
  @ApiOkResponse({ type: AgreementView })
  async get(@Param('id', uuid) id: string) {
    return agreementView(await this.agreements.get(id));
  }

  @Get('agreements/:id/print')
  @Allow(...READERS)
  @ApiOperation({ summary: '协议打印数据（双方、条款、各项金额的小写和大写）' })
  @ApiOkResponse({ type: AgreementPrintView })
  print(@Param('id', uuid) id: string) {
    return this.prints.print(id);
  }

  @Post('agreements/:id/sign')
  @Allow('officer', 'admin')
  @AuditAction('agreement.sign')
  @HttpCode(200)
  @ApiOperation({ summary: '签约：案件变为已签约，发放签约顺序号' })
  @ApiOkResponse({ type: AgreementView })
  async sign(@Param('id', uuid) id: string, @Body() dto: SignAgreementDto) {
    return agreementView(await this.agreements.sign(id, dto.signedOn));
  }

  @Post('agreements/:id/void')
  @Allow('officer', 'admin')
  @AuditAction('agreement.void')
  @HttpCode(200)
  @ApiOperation({ summary: '作废协议（须填原因；已签约的协议使案件退回已确认，须无未冲正的支付）' })
  @ApiOkResponse({ type: AgreementView })
  async void(@Param('id', uuid) id: string, @Body() dto: VoidAgreementDto) {
    return agreementView(await this.agreements.void(id, dto.reason));
  }
}
