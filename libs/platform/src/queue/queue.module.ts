import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDispatcher } from './job-dispatcher.js';
import { JobRecordRepository } from './job-record.repository.js';
import { JobRegistry } from './job-registry.js';
import { JobSweeper } from './job-sweeper.js';
import { JobsService } from './jobs.service.js';
import { QueueConnection } from './queue-driver.js';
import { JOBS_QUEUE, QUEUE_CONNECTION } from './queue.constants.js';
import { QueueConsumersController } from './queue-consumers.controller.js';
import { QueueStateController } from './queue-state.controller.js';
import { QueueStateService } from './queue-state.service.js';

export { QUEUE_CONNECTION };

/**
 * The job queue: producers everywhere, the consumer (dispatcher + sweeper) only where `consume` is set,
 * and the queue-state routes (served only by the api; the worker has no HTTP routes).
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: { connection: QueueConnection; consume: boolean }): DynamicModule {
    const consumers = options.consume ? [JobDispatcher, JobSweeper] : [];
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot(options.connection.options),
        BullModule.registerQueue({ name: JOBS_QUEUE }),
      ],
      controllers: [QueueStateController, QueueConsumersController],
      providers: [
        { provide: QUEUE_CONNECTION, useValue: options.connection },
        JobRegistry,
        JobRecordRepository,
        JobsService,
        QueueStateService,
        ...consumers,
      ],
      exports: [JobsService, JobRegistry, QUEUE_CONNECTION, ...consumers],
    };
  }
}
