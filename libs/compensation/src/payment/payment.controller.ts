import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { ProjectCodes } from '../shared/project-codes.js';
import { CaseMoneyService } from './case-money.service.js';
import { ListPaymentsQuery, RecordPaymentDto, ReversePaymentDto } from './dto/payment.dto.js';
import { PaymentService } from './payment.service.js';
import { PaymentViews } from './payment-views.js';
import { CaseMoneyView, PaymentPage, paymentView, PaymentView } from './payment.view.js';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('支付')
@Controller()
export class PaymentController {
  constructor(
    private readonly payments: PaymentService,
    private readonly money: CaseMoneyService,
    private readonly codes: ProjectCodes,
    private readonly views: PaymentViews,
  ) {}

  @Post('agreements/:id/payments')
  @Allow('finance', 'admin')
  @AuditAction('payment.record')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '每笔支付一个唯一键：相同键、相同内容重复提交只记一笔并返回第一次的结果；相同键、不同内容 422' })
  @ApiOperation({ summary: '记录支付（已签约协议；不超过未付余额；支付记录不可修改）' })
  @ApiCreatedResponse({ type: PaymentView })
  async record(@Param('id', uuid) id: string, @Headers('idempotency-key') key: string | undefined, @Body() dto: RecordPaymentDto) {
    const payment = await this.payments.record(id, key, dto);
    return this.views.one(payment);
  }

  @Post('payments/:id/reversals')
  @Allow('finance', 'admin')
  @AuditAction('payment.reverse')
  @ApiOperation({ summary: '冲正一笔支付（须填原因，不超过该笔尚未冲正的金额）' })
  @ApiCreatedResponse({ type: PaymentView })
  async reverse(@Param('id', uuid) id: string, @Body() dto: ReversePaymentDto) {
    const reversal = await this.payments.reverse(id, dto);
    return this.views.one(reversal);
  }

  @Get('payments')
  @Allow(...READERS)
  @ApiOperation({ summary: '支付记录（按项目、支付日期筛选）' })
  @ApiOkResponse({ type: PaymentPage })
  async list(@Query() query: ListPaymentsQuery) {
    const projectId = query.project ? await this.codes.idOf(query.project) : undefined;
    const page = await this.payments.list({ ...query, projectIds: projectId === undefined ? null : projectId ? [projectId] : [] });
    return { items: page.items.map((p) => paymentView(p.payment, p.projectCode, p.subject)), total: page.total };
  }

  @Get('cases/:id/money')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件的补偿：最新测算、有效协议、支付记录和余额' })
  @ApiOkResponse({ type: CaseMoneyView })
  caseMoney(@Param('id', uuid) id: string) {
    return this.money.money(id);
  }
}
