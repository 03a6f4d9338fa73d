import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, sendJsonBytes } from '@app/platform';
import { DashboardService } from './dashboard.service.js';
import { DashboardOverviewView, ProjectDashboardView } from './dashboard.view.js';

/**
 * 项目进度: the leadership dashboards (read-only; the company liaison sees its projects only). The answers are sent as the
 * JSON bytes the service keeps for the current database snapshot (the documented types are unchanged).
 */
@ApiTags('领导驾驶舱')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('overview')
  @Allow('leader', 'admin', 'officer', 'finance', 'company')
  @ApiOperation({
    summary:
      '项目进度总览：各项目征收对象按类别与状态、进度漏斗、签约率、腾地率、资金、移交面积、过渡户存量（每个数字附其案件列表的筛选条件）',
  })
  @ApiOkResponse({ type: DashboardOverviewView })
  async overview(@Res() res: Response): Promise<void> {
    sendJsonBytes(res, await this.dashboard.overviewJson());
  }

  @Get('projects/:code')
  @Allow('leader', 'admin', 'officer', 'finance', 'company')
  @ApiOperation({ summary: '一个项目的进度，按地块分列' })
  @ApiOkResponse({ type: ProjectDashboardView })
  async project(@Param('code') code: string, @Res() res: Response): Promise<void> {
    sendJsonBytes(res, await this.dashboard.projectJson(code));
  }
}
