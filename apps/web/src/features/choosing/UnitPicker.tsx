import { Table } from 'antd';
import { useEffect } from 'react';
import { api, call } from '../../api/client';
import type { BaseView, UnitView } from '../../api/views';
import { formatArea } from '../../lib/format';

export const listAllBases = () => call<BaseView[]>(api.GET('/api/resettlement/bases'));

/** A base's available units: its 周转房 (`turnover`), or the flats a household may choose. */
export const availableUnits = (base: string, turnover: boolean) =>
  call<{ items: UnitView[]; total: number }>(
    api.GET('/api/resettlement/units', { params: { query: { base, status: 'available', turnover, page: 1, pageSize: 200 } } }),
  );

/** Units as a one-choice table (a form field: `value` is the chosen unit's id). */
export function UnitPicker({
  units,
  loading,
  emptyText,
  testId,
  value,
  onChange,
}: {
  units: UnitView[];
  loading: boolean;
  emptyText: string;
  testId: string;
  value?: string;
  onChange?(id: string | undefined): void;
}) {
  useEffect(() => {
    if (value && !units.some((u) => u.id === value)) onChange?.(undefined);
  }, [units, value, onChange]);
  return (
    <Table<UnitView>
      rowKey="id"
      size="small"
      loading={loading}
      data-testid={testId}
      pagination={units.length > 8 ? { pageSize: 8, size: 'small' } : false}
      dataSource={units}
      locale={{ emptyText }}
      rowSelection={{ type: 'radio', selectedRowKeys: value ? [value] : [], onChange: (keys) => onChange?.(keys[0] as string) }}
      onRow={(u) => ({ onClick: () => onChange?.(u.id) })}
      columns={[
        { title: '楼号/室号', render: (_: unknown, u) => `${u.buildingCode} ${u.unitNo}室` },
        { title: '户型', dataIndex: 'layout' },
        { title: '楼层', align: 'right', dataIndex: 'floor' },
        { title: '建筑面积', align: 'right', render: (_: unknown, u) => formatArea(u.area) },
      ]}
    />
  );
}
