import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { TrackRepository } from './track/track.repository.js';
import { TrackService } from './track/track.service.js';

/**
 * 安置房: resettlement bases, buildings and units; 选房 rounds in a fair, verifiable order and the
 * allocations they make; transitional households (过渡户) and their monthly fees; delivery (交房).
 */
@Module({
  imports: [LandModule, ProjectDirectoryModule, CasesModule, CompensationModule],
  controllers: [],
  providers: [TrackRepository, TrackService],
  exports: [TrackRepository, TrackService],
})
export class ResettlementModule {}
