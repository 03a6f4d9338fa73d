import { Form, Select } from 'antd';
import { api, call } from '../../api/client';
import type { FacilityView, Page, QueryOf } from '../../api/views';
import { formatDateTime } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { SubjectListPage, type SubjectListConfig } from '../subjects/SubjectListPage';

type Query = QueryOf<'/api/facilities'>;

const FILTERS = ['project', 'parcel', 'status', 'kind', 'q'] as const;
type Filter = (typeof FILTERS)[number];

/** Quantities are decimals with a unit of their own (米、根、座). */
function quantity(f: FacilityView): string {
  if (f.quantity === null) return '—';
  const n = Number(f.quantity);
  return `${Number.isInteger(n) ? n.toLocaleString('zh-CN') : f.quantity} ${f.unit ?? ''}`.trim();
}

function KindLabel({ kind }: { kind: string }) {
  return <>{labelOf(useReference().facilityKinds, kind)}</>;
}

function KindFilter({ value, onChange }: { value?: string; onChange(kind?: string): void }) {
  const reference = useReference();
  return (
    <Form.Item label="设施类别" htmlFor="facilities-kind">
      <Select id="facilities-kind" style={{ width: 130 }} allowClear placeholder="全部" options={reference.facilityKinds} value={value} onChange={onChange} />
    </Form.Item>
  );
}

const config: SubjectListConfig<FacilityView, Filter> = {
  path: 'facilities',
  title: '市政设施',
  codeLabel: '设施编号',
  unit: '处',
  filterKeys: FILTERS,
  sortKeys: ['code', 'kind', 'ownerUnit', 'updatedAt'],
  searchLabel: '关键字',
  searchPlaceholder: '设施编号前缀或产权单位',
  fetch: (query) =>
    call<Page<FacilityView>>(
      api.GET('/api/facilities', {
        params: {
          query: {
            page: query.page,
            pageSize: query.pageSize,
            // The list keeps only known sort keys; the api checks the filter values it is given.
            sort: query.sort as Query['sort'],
            ...query.filters,
            status: query.filters.status as Query['status'],
            kind: query.filters.kind as Query['kind'],
          },
        },
      }),
    ),
  hiddenByDefault: ['updatedAt'],
  extraFilters: (values, set) => <KindFilter value={values.kind} onChange={(kind) => set({ kind })} />,
  columns: [
    { title: '设施类别', dataIndex: 'kind', sorter: true, width: 110, render: (_, f) => <KindLabel kind={f.kind} /> },
    { title: '产权单位', dataIndex: 'ownerUnit', sorter: true, width: 200, ellipsis: true, render: (_, f) => f.ownerUnit ?? '—' },
    { title: '设施说明', dataIndex: 'description', width: 160, ellipsis: true, render: (_, f) => f.description ?? '—' },
    { title: '数量', dataIndex: 'quantity', width: 100, align: 'right', render: (_, f) => quantity(f) },
    { title: '更新时间', dataIndex: 'updatedAt', sorter: true, width: 150, render: (_, f) => formatDateTime(f.updatedAt) },
  ],
};

/** 市政设施 list. */
export function FacilityListPage() {
  return <SubjectListPage config={config} />;
}
