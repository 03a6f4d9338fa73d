import { api, call } from '../../api/client';
import type { LegacyBaseView, Page, QueryOf } from '../../api/views';
import { formatArea, formatCount, formatDateTime } from '../../lib/format';
import { SubjectListPage, type SubjectListConfig } from '../subjects/SubjectListPage';

type Query = QueryOf<'/api/legacy-bases'>;

const FILTERS = ['project', 'parcel', 'status', 'q'] as const;
type Filter = (typeof FILTERS)[number];

const config: SubjectListConfig<LegacyBaseView, Filter> = {
  path: 'legacy-bases',
  title: '遗留基地',
  subTitle: '以往征地后未完全腾清的基地',
  codeLabel: '遗留基地编号',
  unit: '处',
  filterKeys: FILTERS,
  sortKeys: ['code', 'name', 'updatedAt'],
  searchLabel: '关键字',
  searchPlaceholder: '编号前缀、基地名称或原项目',
  fetch: (query) =>
    call<Page<LegacyBaseView>>(
      api.GET('/api/legacy-bases', {
        params: { query: { page: query.page, pageSize: query.pageSize, sort: query.sort as Query['sort'], ...query.filters, status: query.filters.status as Query['status'] } },
      }),
    ),
  hiddenByDefault: ['updatedAt'],
  columns: [
    { title: '基地名称', dataIndex: 'name', sorter: true, width: 200, ellipsis: true },
    { title: '原项目', dataIndex: 'originalProject', width: 160, ellipsis: true, render: (_, b) => b.originalProject ?? '—' },
    { title: '面积', dataIndex: 'area', width: 130, align: 'right', render: (_, b) => formatArea(b.area) },
    { title: '剩余户数', dataIndex: 'householdsRemaining', width: 90, align: 'right', render: (_, b) => formatCount(b.householdsRemaining) },
    { title: '更新时间', dataIndex: 'updatedAt', sorter: true, width: 150, render: (_, b) => formatDateTime(b.updatedAt) },
  ],
};

/** 遗留基地 list. */
export function LegacyBaseListPage() {
  return <SubjectListPage config={config} />;
}
