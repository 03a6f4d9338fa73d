import { Injectable, Module } from '@nestjs/common';
import { declareJobs, HandlesJob, Job, type JobHandler } from '@app/platform';
import { createQueueApp } from '../support/queue-app.js';

// Start-up must fail when a job has no handler or two (each case in its own module graph).
class OrphanJob extends Job<{ n: number }> {}
class TwiceJob extends Job<{ n: number }> {}
class UndeclaredJob extends Job<{ n: number }> {}

@Injectable()
@HandlesJob(TwiceJob)
class FirstHandler implements JobHandler<TwiceJob> {
  async handle() {
    return 1;
  }
}

@Injectable()
@HandlesJob(TwiceJob)
class SecondHandler implements JobHandler<TwiceJob> {
  async handle() {
    return 2;
  }
}

@Injectable()
@HandlesJob(UndeclaredJob)
class StrayHandler implements JobHandler<UndeclaredJob> {
  async handle() {
    return 3;
  }
}

@Module({ providers: [FirstHandler, SecondHandler] })
class TwiceModule {}

@Module({ providers: [StrayHandler] })
class StrayModule {}

describe('job registration at start-up', () => {
  it('refuses a handler whose job was never declared', async () => {
    await expect(createQueueApp([StrayModule])).rejects.toThrow(/UndeclaredJob 未声明/);
  });

  it('refuses a job with two handlers', async () => {
    declareJobs(TwiceJob);
    await expect(createQueueApp([TwiceModule])).rejects.toThrow(/TwiceJob 有多个处理器 \(FirstHandler, SecondHandler\)/);
  });

  it('refuses a declared job without a handler', async () => {
    declareJobs(OrphanJob);
    await expect(createQueueApp([])).rejects.toThrow(/OrphanJob 没有处理器/);
  });
});
