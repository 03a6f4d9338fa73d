import { installDataKey, searchHash } from '@app/platform';
import { householdSearchHashes, idNumberHash, phoneHash, phoneSearchKey } from './household-search-hashes.js';

describe('household search hashes', () => {
  beforeAll(() => installDataKey(Buffer.alloc(32, 5)));

  it('hashes a phone by its digits, so a landline is found with or without its hyphen', () => {
    expect(phoneSearchKey('021-59761234')).toBe('02159761234');
    expect(phoneHash('021-59761234')).toBe(phoneHash('02159761234'));
    expect(phoneHash(null)).toBeNull();
  });

  it('hashes a normalised ID number as it is', () => {
    expect(idNumberHash('11010519491231002X')).toBe(searchHash('11010519491231002X'));
    expect(idNumberHash(null)).toBeNull();
  });

  it('gives the hash columns of exactly the personal fields being written', () => {
    expect(householdSearchHashes({})).toEqual({});
    expect(householdSearchHashes({ headIdNumber: '11010519491231002X' })).toEqual({ headIdNumberHash: searchHash('11010519491231002X') });
    expect(householdSearchHashes({ phone: null })).toEqual({ phoneHash: null });
    expect(householdSearchHashes({ phone: '13912345678', headIdNumber: undefined })).toEqual({ phoneHash: searchHash('13912345678') });
  });
});
