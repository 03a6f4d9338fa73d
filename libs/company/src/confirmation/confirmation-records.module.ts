import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { ConfirmationVoidsRecorder } from './confirmation-voids.recorder.js';
import { ConfirmationRepository } from './confirmation.repository.js';

/**
 * The confirmation records every app that changes survey facts needs (the api, and the worker's imports):
 * the repository and the recorder of voided confirmations.
 */
@Module({
  imports: [CasesModule],
  providers: [ConfirmationRepository, ConfirmationVoidsRecorder],
  exports: [ConfirmationRepository],
})
export class ConfirmationRecordsModule {}
