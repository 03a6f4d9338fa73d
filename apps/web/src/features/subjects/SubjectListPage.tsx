import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, Button } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useMemo, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { SubjectPage, SubjectView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatCount } from '../../lib/format';
import { CaseStatusTag } from './CaseStatusTag';
import { PAGE_SIZES, useListQuery, type ListQuery } from './list-query';
import { canWriteProject } from './options';
import { SubjectFilterBar, type CommonFilter } from './SubjectFilterBar';
import { EmptyProvider } from './EmptyProvider';
import { useRemote } from './use-remote';

/** The path segment of a kind of subject: its list, case pages and forms live under it. */
export type SubjectPath = 'households' | 'enterprises' | 'facilities' | 'legacy-bases';

export interface SubjectListConfig<T extends SubjectView, F extends string> {
  path: SubjectPath;
  /** 民房, 企业… (the api's subject-type label). */
  title: string;
  subTitle?: string;
  /** Label of the code column (户编号, 企业编号…). */
  codeLabel: string;
  /** Counting word: 共 12 户 / 家 / 处. */
  unit: string;
  filterKeys: readonly F[];
  /** Fields the api sorts by. */
  sortKeys: readonly string[];
  searchLabel: string;
  searchPlaceholder: string;
  /** Columns between the code and the location/case columns; `sorter: true` on sortable ones. */
  columns: ProColumns<T>[];
  /** Column keys (dataIndex) hidden until the user shows them with 列设置, so the list fits 1366 px. */
  hiddenByDefault?: string[];
  fetch(query: ListQuery<F>): Promise<SubjectPage<T>>;
  /** Kind-specific filters, given the current values and the setter. */
  extraFilters?(values: Partial<Record<F, string>>, set: (changes: Partial<Record<F, string | undefined>>) => void): ReactNode;
  /** Buttons beside 新建 (e.g. 导出台账), given the list's query string and its filters (with a keyword kept out of the address). */
  extraActions?(search: string, filters: Partial<Record<F, string>>): ReactNode[];
}

const sortOrderOf = (sort: string | undefined, key: string): SortOrder => {
  const current = sort ?? 'code';
  if (current === key) return 'ascend';
  if (current === `-${key}`) return 'descend';
  return null;
};

/**
 * A list of one kind of subject: filters, keyword search, paging and sorting all done by the api
 * (so it stays fast with 100 000 households) and kept in the address; each row opens its case page.
 */
export function SubjectListPage<T extends SubjectView, F extends CommonFilter | string>({ config }: { config: SubjectListConfig<T, F> }) {
  const { user, hasRole } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { query, search, setFilters, resetFilters, setPage, setSort } = useListQuery<F>(config.filterKeys, config.sortKeys);
  const key = JSON.stringify(query);
  const { data, loading, error, reload } = useRemote(() => config.fetch(query), key);
  const here = location.pathname + location.search;
  const canCreate = hasRole('officer', 'admin');
  const filtered = Object.keys(query.filters).length > 0;

  const columns = useMemo<ProColumns<T>[]>(() => {
    const sortable = (column: ProColumns<T>): ProColumns<T> =>
      column.sorter && typeof column.dataIndex === 'string' ? { ...column, sortOrder: sortOrderOf(query.sort, column.dataIndex) } : column;
    return [
      {
        title: config.codeLabel,
        dataIndex: 'code',
        fixed: 'left',
        width: 120,
        sorter: true,
        sortOrder: sortOrderOf(query.sort, 'code'),
        render: (_, row) => (
          <Link to={`/${config.path}/${row.id}`} state={{ from: here }}>
            {row.code}
          </Link>
        ),
      },
      ...config.columns.map(sortable),
      { title: '项目', dataIndex: 'projectCode', width: 70 },
      { title: '地块', dataIndex: 'parcelCode', width: 90 },
      { title: '案件状态', dataIndex: 'caseStatus', width: 96, render: (_, row) => <CaseStatusTag status={row.caseStatus} /> },
      {
        title: '操作',
        key: 'actions',
        fixed: 'right',
        width: 80,
        render: (_, row) =>
          canWriteProject(user, row.projectCode) ? (
            <Link to={`/${config.path}/${row.id}/edit`} state={{ from: here, returnTo: here }} aria-label={`编辑 ${row.code}`}>
              <EditOutlined /> 编辑
            </Link>
          ) : (
            <Link to={`/${config.path}/${row.id}`} state={{ from: here }}>
              查看
            </Link>
          ),
      },
    ];
  }, [config, query.sort, here, user]);

  const total = data?.total ?? 0;
  // A search that matches very many rows stops counting at a cap: shown as "超过 N", the pages up to it stay reachable.
  const totalText = data?.totalExact === false ? `超过 ${formatCount(total)}` : formatCount(total);
  return (
    <PageContainer title={config.title} subTitle={config.subTitle}>
      <div className="xj-filter-card">
        <SubjectFilterBar
          idPrefix={config.path}
          values={query.filters}
          onChange={(changes) => setFilters(changes as Partial<Record<F, string | undefined>>)}
          onReset={resetFilters}
          withVillage={(config.filterKeys as readonly string[]).includes('village')}
          searchLabel={config.searchLabel}
          searchPlaceholder={config.searchPlaceholder}
          extra={config.extraFilters?.(query.filters, setFilters)}
        />
      </div>
      {error && (
        <Alert
          type="error"
          showIcon
          message={`${config.title}列表加载失败：${error}`}
          action={
            <Button size="small" onClick={reload}>
              重试
            </Button>
          }
          style={{ marginBottom: 12 }}
          data-testid="list-error"
        />
      )}
      <EmptyProvider description={filtered ? `没有符合条件的${config.title}` : `还没有${config.title}`}>
        <ProTable<T>
          rowKey="id"
          size="middle"
          search={false}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          headerTitle={data ? `共 ${totalText} ${config.unit}` : ' '}
          options={{ reload, density: false, setting: true, fullScreen: false }}
          columnsState={{ defaultValue: Object.fromEntries((config.hiddenByDefault ?? []).map((k) => [k, { show: false }])) }}
          toolBarRender={() => [
            ...(config.extraActions?.(search, query.filters) ?? []),
            canCreate ? (
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/${config.path}/new`, { state: { from: here, returnTo: here } })}>
                新建
              </Button>
            ) : null,
          ]}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (_n, [from, to]) => `第 ${from}–${to} ${config.unit}，共 ${totalText} ${config.unit}`,
            showQuickJumper: total > query.pageSize * 10,
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'paginate') setPage(pagination.current ?? 1, pagination.pageSize ?? query.pageSize);
            if (extra.action === 'sort') {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const field = typeof s?.field === 'string' ? s.field : undefined;
              setSort(field && s?.order ? (s.order === 'descend' ? `-${field}` : field === 'code' ? undefined : field) : undefined);
            }
          }}
        />
      </EmptyProvider>
    </PageContainer>
  );
}
