import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@app/platform';
import { DashboardService } from './dashboard.service.js';
import { DashboardOverviewView, ProjectDashboardView } from './dashboard.view.js';

/** 项目进度: the leadership dashboards (read-only; the company liaison sees its projects only). */
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
  overview() {
    return this.dashboard.overview();
  }

  @Get('projects/:code')
  @Allow('leader', 'admin', 'officer', 'finance', 'company')
  @ApiOperation({ summary: '一个项目的进度，按地块分列' })
  @ApiOkResponse({ type: ProjectDashboardView })
  project(@Param('code') code: string) {
    return this.dashboard.project(code);
  }
}
