import { NO_CONSUMER_WARNING } from './queue-consumers.view.js';
import { errorSummary, jobRecordView, queueStateView } from './queue-state.view.js';

describe('errorSummary', () => {
  it('keeps only the first line of a stored stack, without the error class', () => {
    expect(errorSummary('Error: 工作簿无法读取\n    at read (/app/dist/libs/excel/src/file.js:10:5)')).toBe('工作簿无法读取');
    expect(errorSummary('TypeError: x is not a function\n    at y')).toBe('x is not a function');
  });

  it('answers null for no error and cuts long messages', () => {
    expect(errorSummary(null)).toBeNull();
    expect(errorSummary('  \n at x')).toBeNull();
    const long = errorSummary(`Error: ${'错'.repeat(600)}`)!;
    expect(long).toHaveLength(501);
    expect(long.endsWith('…')).toBe(true);
  });

  it('keeps a message without an error class as it is', () => {
    expect(errorSummary('连接超时')).toBe('连接超时');
  });
});

describe('jobRecordView', () => {
  it('shows kind, state and Shanghai times, never the payload', () => {
    const view = jobRecordView({
      id: 'a',
      name: 'ImportJob',
      status: 'succeeded',
      attempts: 1,
      maxAttempts: 3,
      lastError: null,
      heartbeatAt: new Date('2013-01-22T01:30:00Z'),
      finishedAt: new Date('2013-01-22T01:31:00Z'),
      createdAt: new Date('2013-01-22T01:29:00Z'),
      updatedAt: new Date('2013-01-22T01:31:00Z'),
      ...({ payload: { batchId: 'b' } } as object),
    } as never);
    expect(view).toEqual({
      id: 'a',
      kind: 'ImportJob',
      status: 'succeeded',
      attempts: 1,
      maxAttempts: 3,
      createdAt: '2013-01-22T09:29:00.000+08:00',
      lastHeartbeatAt: '2013-01-22T09:30:00.000+08:00',
      finishedAt: '2013-01-22T09:31:00.000+08:00',
      updatedAt: '2013-01-22T09:31:00.000+08:00',
      lastError: null,
    });
  });
});

describe('queueStateView', () => {
  const state = { driver: 'redis' as const, available: true, counts: null, recentJobs: [] };

  it('warns in Chinese when no process consumes the queue', () => {
    expect(queueStateView({ ...state, consumers: 0 })).toMatchObject({ consumers: 0, consumerWarning: NO_CONSUMER_WARNING });
    expect(NO_CONSUMER_WARNING).toContain('npm run start:worker');
  });

  it('does not warn while a consumer runs, nor when the queue did not answer', () => {
    expect(queueStateView({ ...state, consumers: 1 })).toMatchObject({ consumers: 1, consumerWarning: null });
    expect(queueStateView({ ...state, consumers: null })).toMatchObject({ consumers: null, consumerWarning: null });
  });
});
