import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { TrackRepository } from './track/track.repository.js';

/**
 * 安置房: resettlement bases, buildings and units; 选房 rounds in a fair, verifiable order and the
 * allocations they make; transitional households (过渡户) and their monthly fees; delivery (交房).
 */
@Module({
  imports: [LandModule, ProjectDirectoryModule, CasesModule, CompensationModule],
  controllers: [],
  providers: [TrackRepository],
  exports: [TrackRepository],
})
export class ResettlementModule {}
