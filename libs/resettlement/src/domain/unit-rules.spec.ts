import { freezeProblem, statusCounts, unfreezeProblem, unitGrid, unitImportLock, unitPosition } from './unit-rules.js';

describe('freezing', () => {
  it('freezes only an available unit and unfreezes only a frozen one', () => {
    expect(freezeProblem('available')).toBeNull();
    expect(freezeProblem('frozen')).toBe('该房源已冻结');
    expect(freezeProblem('allocated')).toBe('该房源已分配，只有可选的房源才能冻结');
    expect(unfreezeProblem('frozen')).toBeNull();
    expect(unfreezeProblem('available')).toBe('该房源可选，未被冻结');
  });
});

describe('unitImportLock', () => {
  const stored = { area: '80.00', resettlementPrice: '3200.00', marketPrice: '32000.00' };
  it('lets an import change an available or frozen unit', () => {
    expect(unitImportLock('available', stored, { ...stored, area: '81.00' }, 'BC 1号楼 1502')).toBeNull();
    expect(unitImportLock('frozen', stored, { ...stored, marketPrice: '1.00' }, 'BC 1号楼 1502')).toBeNull();
  });
  it('keeps a held unit’s area and prices, naming what changed', () => {
    expect(unitImportLock('reserved', stored, stored, 'x')).toBeNull();
    expect(unitImportLock('delivered', stored, { ...stored, area: '81.00', marketPrice: '1.00' }, 'BC 1号楼 1502')).toBe('房源 BC 1号楼 1502 已交房，不能再修改建筑面积、市场价');
  });
});

describe('statusCounts', () => {
  it('has every status', () => {
    expect(statusCounts([{ status: 'available', units: 3 }, { status: 'frozen', units: 1 }])).toEqual({ available: 3, reserved: 0, allocated: 0, delivered: 0, frozen: 1 });
  });
});

describe('unitGrid', () => {
  it('puts floors top first and units in their columns', () => {
    expect(unitPosition('1502', 15)).toBe('02');
    expect(unitPosition('A-3', 3)).toBe('A-3');
    const units = [
      { unitNo: '101', floor: 1 },
      { unitNo: '102', floor: 1 },
      { unitNo: '1002', floor: 10 },
      { unitNo: '201', floor: 2 },
    ];
    const grid = unitGrid(units);
    expect(grid.columns).toEqual(['01', '02']);
    expect(grid.floors.map((f) => f.floor)).toEqual([10, 2, 1]);
    expect(grid.floors[0]!.units).toEqual([null, units[2]]);
    expect(grid.floors[2]!.units).toEqual([units[0], units[1]]);
  });
});
