import { Module } from '@nestjs/common';
import { OwnershipModule } from './ownership/ownership.module.js';
import { RectificationModule } from './rectification/rectification.module.js';

/**
 * Land work on the same ground as the relocation (土地管理): the collective land ownership survey and its
 * consolidation plan, and the comprehensive rectification register (综合整治).
 */
@Module({
  imports: [OwnershipModule, RectificationModule],
  exports: [OwnershipModule, RectificationModule],
})
export class LandAdminModule {}
