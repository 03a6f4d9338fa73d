import { maskIdNumber, maskPhone } from '@app/platform';
import type { Household } from '../household/household.entity.js';
import { auditValues } from './subject-audit.js';

describe('auditValues', () => {
  it('keeps the given fields, masks personal ones and leaves out the parcel id', () => {
    const fields: Partial<Household> = {
      code: 'GJ17-0001',
      headIdNumber: '310229197001011234',
      phone: '13912345678',
      group: null,
      remarks: undefined,
      parcelId: '00000000-0000-4000-8000-000000000000',
    };
    expect(auditValues(fields, { headIdNumber: maskIdNumber, phone: maskPhone })).toEqual({
      code: 'GJ17-0001',
      headIdNumber: '310229********1234',
      phone: '139****5678',
      group: null,
    });
  });
});
