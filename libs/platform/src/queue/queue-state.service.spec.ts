import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { JobRecordRepository } from './job-record.repository.js';
import type { JobsService } from './jobs.service.js';
import { QueueStateService } from './queue-state.service.js';

const recent = jest.fn(async (_limit: number) => []);
const records = { recent } as unknown as JobRecordRepository;

describe('QueueStateService', () => {
  it('answers the five counts, zero for states BullMQ left out, and the live consumers', async () => {
    const jobs = { counts: async () => ({ waiting: 2, active: 1, failed: 3 }), consumers: async () => 2 } as unknown as JobsService;
    const service = new QueueStateService(jobs, records, { driver: 'redis', options: { connection: {} } });
    expect(await service.state(10)).toEqual({
      driver: 'redis',
      available: true,
      counts: { waiting: 2, active: 1, delayed: 0, failed: 3, completed: 0 },
      consumers: 2,
      recentJobs: [],
    });
    expect(recent).toHaveBeenCalledWith(10);
  });

  it('still answers, without counts, when the queue cannot be reached', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = async () => Promise.reject(new Error('connect ECONNREFUSED'));
    const jobs = { counts: refused, consumers: refused } as unknown as JobsService;
    const service = new QueueStateService(jobs, records, { driver: 'redis', options: { connection: {} } });
    expect(await service.state(10)).toMatchObject({ driver: 'redis', available: false, counts: null, consumers: null });
  });
});
