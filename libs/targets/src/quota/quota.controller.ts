import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, READERS } from '@app/platform';
import { QuotaQueryDto } from './dto/quota.dto.js';
import { QuotaService } from './quota.service.js';
import { quotaView, QuotaView } from './quota.view.js';

@ApiTags('年度目标')
@Controller('dashboard')
export class QuotaController {
  constructor(private readonly quota: QuotaService) {}

  @Get('quota')
  @Allow(...READERS)
  @ApiOperation({ summary: '年度解决动迁户住房：目标、已解决、尚差、逐月燃尽（累计）、按项目、按基地、按在途业务的年末预测（低/预期/高及依据）；仅本人可见的项目' })
  @ApiOkResponse({ type: QuotaView })
  async get(@Query() query: QuotaQueryDto) {
    return quotaView(await this.quota.forYear(query.year));
  }
}
