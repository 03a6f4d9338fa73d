import { installDataKey, searchHash } from '@app/platform';
import { householdSearchHashes, idNumberHash, personalNumberSearch, phoneHash, phoneSearchKey } from './household-search-hashes.js';

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

  it('tells a full ID number or phone in a search term apart from other text, with its hash and masked form', () => {
    expect(personalNumberSearch(' 11010519491231002x ')).toEqual({
      field: 'idNumber',
      hash: searchHash('11010519491231002X'),
      masked: '110105********002X',
    });
    expect(personalNumberSearch('13912345678')).toEqual({ field: 'phone', hash: searchHash('13912345678'), masked: '139****5678' });
    expect(personalNumberSearch('021-59761234')).toEqual({ field: 'phone', hash: phoneHash('02159761234'), masked: '021-****1234' });
    for (const other of ['张建国', 'GJ17-001', '1101051949', '139****5678', '110105********002X'])
      expect(personalNumberSearch(other)).toBeNull();
  });
});
