import { deriveTrack, type TrackFacts } from './transitional-track.js';

const swap = (over: Partial<TrackFacts> = {}): TrackFacts => ({ method: 'swap', vacatedOn: '2013-05-10', agreedFen: 100n, paidFen: 0n, lastPaidOn: null, allocations: [], ...over });

describe('deriveTrack', () => {
  it('resettles a monetary household on the day it is paid in full, and not before', () => {
    expect(deriveTrack({ ...swap(), method: 'monetary', paidFen: 100n, lastPaidOn: '2013-08-01' })).toEqual({ track: 'resettled', transitionalSince: null, deliveredOn: null, resettledOn: '2013-08-01' });
    expect(deriveTrack({ ...swap(), method: 'monetary', paidFen: 99n, lastPaidOn: '2013-08-01' }).track).toBe('none');
  });

  it('keeps a swap household at none until it vacates, then transitional since the vacating day', () => {
    expect(deriveTrack(swap({ vacatedOn: null })).track).toBe('none');
    expect(deriveTrack(swap())).toEqual({ track: 'transitional', transitionalSince: '2013-05-10', deliveredOn: null, resettledOn: null });
    expect(deriveTrack(swap({ allocations: [{ status: 'allocated', deliveredOn: null }] })).track).toBe('transitional');
  });

  it('resettles it on the last delivery once every allocated unit is delivered', () => {
    const two = [
      { status: 'delivered', deliveredOn: '2013-11-02' },
      { status: 'delivered', deliveredOn: '2013-10-20' },
    ];
    expect(deriveTrack(swap({ allocations: two }))).toEqual({ track: 'resettled', transitionalSince: '2013-05-10', deliveredOn: '2013-11-02', resettledOn: '2013-11-02' });
    expect(deriveTrack(swap({ allocations: [...two, { status: 'allocated', deliveredOn: null }] })).track).toBe('transitional');
  });
});
