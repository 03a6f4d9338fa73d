import { duplicateMessage, FirstRowWins } from './first-row-wins.js';

describe('FirstRowWins', () => {
  it('lets the first row with a key count and points later ones at it', () => {
    const seen = new FirstRowWins();
    expect(seen.claim(['GJ17', 'GJ17-0001'], 3)).toBeUndefined();
    expect(seen.claim(['GJ17', 'GJ17-0002'], 4)).toBeUndefined();
    expect(seen.claim(['GJ17', 'GJ17-0001'], 9)).toBe(3);
    expect(seen.claim(['GJ17', 'GJ17-0001'], 12)).toBe(3);
    expect(seen.size).toBe(2);
  });

  it('keeps keys of different projects apart, without joining ambiguity', () => {
    const seen = new FirstRowWins();
    expect(seen.claim(['GJ17', 'A-1'], 3)).toBeUndefined();
    expect(seen.claim(['XHQ', 'A-1'], 4)).toBeUndefined();
    expect(seen.claim(['GJ17A', '-1'], 5)).toBeUndefined();
  });

  it('words the rejection', () => {
    expect(duplicateMessage('户编号', 'GJ17-0001', 3)).toBe('户编号 GJ17-0001 与第 3 行重复（以第一次出现的行为准）');
  });
});
