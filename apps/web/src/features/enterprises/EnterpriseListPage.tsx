import { api, call } from '../../api/client';
import type { EnterpriseView, Page, QueryOf } from '../../api/views';
import { formatArea, formatCount, formatDateTime } from '../../lib/format';
import { SubjectListPage, type SubjectListConfig } from '../subjects/SubjectListPage';

type Query = QueryOf<'/api/enterprises'>;

const FILTERS = ['project', 'parcel', 'status', 'q'] as const;
type Filter = (typeof FILTERS)[number];

const config: SubjectListConfig<EnterpriseView, Filter> = {
  path: 'enterprises',
  title: '企业',
  codeLabel: '企业编号',
  unit: '家',
  filterKeys: FILTERS,
  sortKeys: ['code', 'name', 'updatedAt'],
  searchLabel: '关键字',
  searchPlaceholder: '企业编号前缀、名称或统一社会信用代码',
  fetch: (query) =>
    call<Page<EnterpriseView>>(
      api.GET('/api/enterprises', {
        params: { query: { page: query.page, pageSize: query.pageSize, sort: query.sort as Query['sort'], ...query.filters, status: query.filters.status as Query['status'] } },
      }),
    ),
  hiddenByDefault: ['landArea', 'employees', 'updatedAt'],
  columns: [
    { title: '企业名称', dataIndex: 'name', sorter: true, width: 200, ellipsis: true },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 180, className: 'xj-mono', render: (_, e) => e.creditCode ?? '—' },
    { title: '法定代表人', dataIndex: 'legalRepresentative', width: 100, render: (_, e) => e.legalRepresentative ?? '—' },
    { title: '占地面积', dataIndex: 'landArea', width: 120, align: 'right', render: (_, e) => formatArea(e.landArea) },
    { title: '建筑面积', dataIndex: 'buildingArea', width: 120, align: 'right', render: (_, e) => formatArea(e.buildingArea) },
    { title: '从业人数', dataIndex: 'employees', width: 90, align: 'right', render: (_, e) => formatCount(e.employees) },
    { title: '更新时间', dataIndex: 'updatedAt', sorter: true, width: 150, render: (_, e) => formatDateTime(e.updatedAt) },
  ],
};

/** 企业 list. */
export function EnterpriseListPage() {
  return <SubjectListPage config={config} />;
}
