import { FileExcelOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Form, Select, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { HouseholdView, Page, QueryOf } from '../../api/views';
import { formatArea, formatDate, formatDateTime } from '../../lib/format';
import { isPersonalNumber } from '../../lib/personal-number';
import { SubjectListPage, type SubjectListConfig } from '../subjects/SubjectListPage';
import { currentHouseholdFilters, HOUSEHOLD_FILTERS, HOUSEHOLD_SORTS, type HouseholdFilterKey } from './filters';

type Params = QueryOf<'/api/households'>;
/** The list's filters: the ledger's (exported too) and the progress ones a dashboard figure opens the list with. */
const LIST_FILTERS = [...HOUSEHOLD_FILTERS, 'reached', 'resettlement'] as const;
type ListFilterKey = HouseholdFilterKey | 'reached' | 'resettlement';
type Query = Parameters<SubjectListConfig<HouseholdView, ListFilterKey>['fetch']>[0];

const REACHED_OPTIONS = [
  { value: 'surveyed', label: '已摸底及以后' },
  { value: 'confirmed', label: '已确认及以后' },
  { value: 'signed', label: '已签约及以后' },
  { value: 'vacated', label: '已腾地及以后' },
  { value: 'settled', label: '已结算及以后' },
  { value: 'handed_over', label: '已移交' },
];
const RESETTLEMENT_OPTIONS = [
  { value: 'none', label: '未过渡' },
  { value: 'transitional', label: '过渡户' },
  { value: 'resettled', label: '已安置' },
];

function fetchHouseholds(query: Query): Promise<Page<HouseholdView>> {
  // The list keeps only known sort keys; the api checks the filter values it is given.
  const params = {
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort as Params['sort'],
    ...query.filters,
    status: query.filters.status as Params['status'],
    reached: query.filters.reached as Params['reached'],
    resettlement: query.filters.resettlement as Params['resettlement'],
  };
  // A full 身份证号 or phone number never goes into a URL: such a search is sent in a request body.
  if (isPersonalNumber(query.filters.q)) return call<Page<HouseholdView>>(api.POST('/api/households/search', { body: params }));
  return call<Page<HouseholdView>>(api.GET('/api/households', { params: { query: params } }));
}

function ExportLedgerButton({ search, q }: { search: string; q?: string }) {
  const navigate = useNavigate();
  const filters = new URLSearchParams(currentHouseholdFilters(new URLSearchParams(search)));
  filters.set('kind', 'household-ledger');
  // A personal-number keyword is not in the list's address; it travels in the navigation state.
  const state = q && isPersonalNumber(q) ? { q } : undefined;
  return (
    <Button icon={<FileExcelOutlined />} onClick={() => navigate(`/exports?${filters.toString()}`, { state })}>
      导出台账
    </Button>
  );
}

/** 一人多户核查, for the project the list shows (if one). */
function DuplicateHeadsButton({ project }: { project?: string }) {
  const navigate = useNavigate();
  return (
    <Button icon={<TeamOutlined />} onClick={() => navigate(`/duplicate-heads${project ? `?project=${encodeURIComponent(project)}` : ''}`)}>
      一人多户核查
    </Button>
  );
}

const config: SubjectListConfig<HouseholdView, ListFilterKey> = {
  path: 'households',
  title: '民房',
  subTitle: '动迁户：按户编号前缀、户主姓名或完整身份证号查找',
  codeLabel: '户编号',
  unit: '户',
  filterKeys: LIST_FILTERS,
  sortKeys: HOUSEHOLD_SORTS,
  searchLabel: '关键字',
  searchPlaceholder: '户编号前缀、户主姓名或身份证号',
  fetch: fetchHouseholds,
  hiddenByDefault: ['phone', 'unlicensedArea', 'updatedAt'],
  // 进度 / 过渡安置 selects; a leadership figure's drill-down (住房解决 in a month or a year) shows as one removable tag.
  extraFilters: (values, set) => (
    <>
      <Form.Item label="进度" htmlFor="households-reached">
        <Select
          id="households-reached"
          style={{ width: 140 }}
          allowClear
          placeholder="不限"
          options={REACHED_OPTIONS}
          value={values.reached}
          onChange={(reached?: string) => set({ reached })}
        />
      </Form.Item>
      <Form.Item label="过渡安置" htmlFor="households-resettlement">
        <Select
          id="households-resettlement"
          style={{ width: 110 }}
          allowClear
          placeholder="不限"
          options={RESETTLEMENT_OPTIONS}
          value={values.resettlement}
          onChange={(resettlement?: string) => set({ resettlement })}
        />
      </Form.Item>
      {(values.resettledFrom || values.resettledTo) && (
        <Tag
          closable
          color="green"
          data-testid="resettled-filter"
          onClose={() => set({ resettledFrom: undefined, resettledTo: undefined })}
        >
          住房解决日期：{values.resettledFrom ? formatDate(values.resettledFrom) : '不限'} 至{' '}
          {values.resettledTo ? formatDate(values.resettledTo) : '不限'}
        </Tag>
      )}
    </>
  ),
  extraActions: (search, filters) => [
    <DuplicateHeadsButton key="duplicate-heads" project={filters.project} />,
    <ExportLedgerButton key="export" search={search} q={filters.q} />,
  ],
  columns: [
    { title: '户主姓名', dataIndex: 'headName', sorter: true, width: 100 },
    { title: '户主身份证号', dataIndex: 'headIdNumber', width: 170, className: 'xj-mono' },
    { title: '联系电话', dataIndex: 'phone', width: 120, className: 'xj-mono', render: (_, h) => h.phone ?? '—' },
    { title: '村/组', key: 'village', width: 110, render: (_, h) => [h.village, h.group].filter(Boolean).join(' ') },
    { title: '合法建筑面积', dataIndex: 'licensedArea', width: 120, align: 'right', render: (_, h) => formatArea(h.licensedArea) },
    { title: '无证建筑面积', dataIndex: 'unlicensedArea', width: 120, align: 'right', render: (_, h) => formatArea(h.unlicensedArea) },
    { title: '摸底日期', dataIndex: 'surveyedOn', sorter: true, width: 110, render: (_, h) => formatDate(h.surveyedOn) },
    { title: '更新时间', dataIndex: 'updatedAt', sorter: true, width: 150, render: (_, h) => formatDateTime(h.updatedAt) },
  ],
};

/** 民房 (动迁户) list. */
export function HouseholdListPage() {
  return <SubjectListPage config={config} />;
}
