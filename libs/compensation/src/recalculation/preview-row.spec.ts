import { calculate } from '../domain/calculate.js';
import type { SubjectFacts } from '../domain/subject-facts.js';
import { validateScheme, type ValidatedScheme } from '../domain/validate-scheme.js';
import { storedLines } from '../calculation/calculation.service.js';
import { previewRow } from './preview-row.js';

const scheme = (perHousehold: string, perPerson: string): ValidatedScheme => {
  const checked = validateScheme({
    items: [
      { code: 'SB-QY', name: '设备迁移费', appliesTo: ['household'], rule: { kind: 'per_household', amount: perHousehold } },
      { code: 'RK-BT', name: '人口安置补贴', appliesTo: ['household'], rule: { kind: 'per_person', amount: perPerson } },
    ],
  });
  if (!checked.ok) throw new Error('invalid scheme');
  return checked.scheme;
};

const own = { kind: 'household' as const, areas: {}, structure: null, yearBuilt: null, recognisedPersons: 3, flags: [] };
const oldFacts: SubjectFacts = { ...own, asOf: '2013-06-01' };

function oldSnapshot() {
  const result = calculate(scheme('3000.00', '5000.00'), oldFacts);
  if (!result.ok) throw new Error('not calculable');
  return { caseId: 'c1', calculationId: 'k1', facts: oldFacts, lines: storedLines(result.calculation), totalFen: result.calculation.totalFen };
}

describe('previewRow', () => {
  it('recalculates under the new version with the old date: totals, difference and the changed lines in fen text', () => {
    const row = previewRow(scheme('4000.00', '5000.00'), oldSnapshot(), own);
    expect(row).toMatchObject({ caseId: 'c1', basedOnCalculationId: 'k1', oldTotalFen: 1_800_000n, newTotalFen: 1_900_000n, differenceFen: 100_000n, problem: null });
    expect(row.facts).toMatchObject({ asOf: '2013-06-01', recognisedPersons: 3 });
    expect(row.changes).toEqual([expect.objectContaining({ code: 'SB-QY', change: 'changed', oldAmountFen: '300000', newAmountFen: '400000', differenceFen: '100000' })]);
  });

  it('uses the subject’s facts as they are now', () => {
    const row = previewRow(scheme('3000.00', '5000.00'), oldSnapshot(), { ...own, recognisedPersons: 4 });
    expect(row.differenceFen).toBe(500_000n);
    expect(row.changes).toEqual([expect.objectContaining({ code: 'RK-BT', differenceFen: '500000' })]);
  });

  it('keeps the problem of a case the version cannot calculate, without a new total', () => {
    const row = previewRow(scheme('3000.00', '5000.00'), oldSnapshot(), { ...own, recognisedPersons: null });
    expect(row.newTotalFen).toBeNull();
    expect(row.lines).toBeNull();
    expect(row.problem).toEqual(expect.any(String));
  });
});
