import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, READERS } from '@app/platform';
import { DuplicateHeadService } from './duplicate-head.service.js';
import { DuplicateHeadClustersView, duplicateHeadClustersView } from './duplicate-head.view.js';
import { DuplicateHeadsQuery } from './duplicate-heads.query.js';

/**
 * 一人多户核查. Registered before HouseholdController (see SubjectsModule), so `duplicate-heads`
 * is not taken for a household's `:id`.
 */
@ApiTags('征收对象：民房')
@Controller('households/duplicate-heads')
export class DuplicateHeadController {
  constructor(private readonly duplicateHeads: DuplicateHeadService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '一人多户核查：同一项目内户主身份证号相同的多户（仅限可见项目；身份证号已脱敏）' })
  @ApiOkResponse({ type: DuplicateHeadClustersView })
  async list(@Query() query: DuplicateHeadsQuery): Promise<DuplicateHeadClustersView> {
    return duplicateHeadClustersView(await this.duplicateHeads.clusters(query.projectCode));
  }
}
