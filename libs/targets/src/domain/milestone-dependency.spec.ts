import { dependencyCycle } from './milestone-dependency.js';

describe('milestone dependency cycles', () => {
  const chain = new Map<string, string | null>([
    ['a', null],
    ['b', 'a'],
    ['c', 'b'],
  ]);

  it('finds none for a chain or no dependency', () => {
    expect(dependencyCycle('d', 'c', chain)).toBeNull();
    expect(dependencyCycle('a', null, chain)).toBeNull();
  });

  it('finds a self-dependency', () => {
    expect(dependencyCycle('a', 'a', chain)).toEqual(['a', 'a']);
  });

  it('finds the loop a node would close, with its path', () => {
    expect(dependencyCycle('a', 'c', chain)).toEqual(['a', 'c', 'b', 'a']);
    expect(dependencyCycle('b', 'c', chain)).toEqual(['b', 'c', 'b']);
  });

  it('ignores the node’s own old dependency (it is being replaced)', () => {
    expect(dependencyCycle('c', 'a', chain)).toBeNull();
  });
});
