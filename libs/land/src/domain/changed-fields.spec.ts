import { changedFields } from './changed-fields.js';

describe('changedFields', () => {
  const current = { name: '轨交17号线', zone: '两线一圈' as string | null, remarks: null as string | null };

  it('keeps only the given fields whose value differs, with the values before and after', () => {
    expect(changedFields(current, { name: '轨交17号线', zone: null, remarks: '已调整' })).toEqual({
      changes: { zone: null, remarks: '已调整' },
      before: { zone: '两线一圈', remarks: null },
      after: { zone: null, remarks: '已调整' },
    });
  });

  it('treats undefined as "not given"', () => {
    expect(changedFields(current, { name: undefined, zone: undefined })).toEqual({ changes: {}, before: {}, after: {} });
  });
});
