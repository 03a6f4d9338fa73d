import { ALLOCATION_MESSAGES, entitlementUsed, nextEntry, promisedHousing, turnProblem } from './allocation-rules.js';

describe('allocation rules', () => {
  it('names the promised units and sums their area', () => {
    expect(promisedHousing([])).toBeNull();
    expect(
      promisedHousing([
        { baseName: '徐泾北城安置基地', buildingCode: '12号楼', unitNo: '302', area: '40.5' },
        { baseName: '徐泾北城安置基地', buildingCode: '3号楼', unitNo: '1502', area: '80' },
      ]),
    ).toEqual({ location: '徐泾北城安置基地 3号楼 1502室；徐泾北城安置基地 12号楼 302室', area: '120.50' });
  });

  it('lets only the first household in order not done choose', () => {
    const entries = [
      { id: 'a', position: 2, done: false },
      { id: 'b', position: 1, done: true },
      { id: 'c', position: 3, done: false },
    ];
    expect(nextEntry(entries)?.id).toBe('a');
    expect(turnProblem(entries, 'a')).toBeNull();
    expect(turnProblem(entries, 'c')).toBe(ALLOCATION_MESSAGES.notYourTurn('2'));
    expect(turnProblem(entries, 'b')).toBe(ALLOCATION_MESSAGES.entryDone);
    expect(nextEntry(entries.map((e) => ({ ...e, done: true })))).toBeNull();
  });

  it('counts the entitlement used once the held area reaches it', () => {
    expect(entitlementUsed('80.00', '120.00')).toBe(false);
    expect(entitlementUsed('120.00', '120.00')).toBe(true);
    expect(entitlementUsed('125.50', '120')).toBe(true);
  });
});
