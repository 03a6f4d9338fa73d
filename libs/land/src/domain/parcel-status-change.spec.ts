import { checkParcelChange } from './parcel-status-change.js';

describe('checkParcelChange', () => {
  const none = { unsettled: 0, handedOver: 0 };

  it('allows keeping the status whatever the cases', () => {
    expect(checkParcelChange('surveying', { status: 'surveying' }, { unsettled: 5, handedOver: 0 })).toEqual({ ok: true });
    expect(checkParcelChange('handed_over', { status: 'handed_over' }, { unsettled: 0, handedOver: 3 })).toEqual({ ok: true });
  });

  it('allows moving between surveying, clearing and cleared in either direction', () => {
    const busy = { unsettled: 9, handedOver: 0 };
    expect(checkParcelChange('surveying', { status: 'clearing' }, busy)).toEqual({ ok: true });
    expect(checkParcelChange('clearing', { status: 'cleared', area: '100.00' }, busy)).toEqual({ ok: true });
    expect(checkParcelChange('cleared', { status: 'surveying' }, busy)).toEqual({ ok: true });
  });

  it('hands a parcel over only through a 移交单, and only when every case on it is settled', () => {
    expect(checkParcelChange('cleared', { status: 'handed_over' }, none)).toEqual({ ok: false, field: 'status', message: '地块移交须通过移交单办理，不能直接改为“已移交”' });
    expect(checkParcelChange('cleared', { status: 'handed_over' }, none, 'handover')).toEqual({ ok: true });
    expect(checkParcelChange('surveying', { status: 'handed_over' }, { unsettled: 0, handedOver: 2 }, 'handover')).toEqual({ ok: true });
    expect(checkParcelChange('cleared', { status: 'handed_over' }, { unsettled: 3, handedOver: 0 }, 'handover')).toEqual({
      ok: false,
      field: 'status',
      message: '地块上还有 3 件案件未结算，不能改为“已移交”',
    });
  });

  it('keeps a parcel handed over once a case went with it, and lets an empty one go back', () => {
    expect(checkParcelChange('handed_over', { status: 'cleared' }, { unsettled: 0, handedOver: 1 })).toEqual({
      ok: false,
      field: 'status',
      message: '地块上已有 1 件案件随地块移交，不能撤销“已移交”',
    });
    expect(checkParcelChange('handed_over', { status: 'cleared' }, none)).toEqual({ ok: true });
  });

  it('fixes the land of a handed-over parcel but not its remarks', () => {
    for (const changes of [{ village: '徐泾村' }, { landOwnership: 'state' }, { area: '1.00', status: 'cleared' as const }]) {
      expect(checkParcelChange('handed_over', changes, none)).toMatchObject({ ok: false, message: '地块已处于“已移交”状态，所在村、土地权属和面积不能再修改' });
    }
    expect(checkParcelChange('handed_over', {}, none)).toEqual({ ok: true });
    expect(checkParcelChange('cleared', { village: '徐泾村' }, none)).toEqual({ ok: true });
  });
});
