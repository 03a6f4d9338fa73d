import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useAuth } from '../../auth/AuthProvider';
import { RetryAlert } from '../../lib/retry-alert';
import { CaseStatusTag } from '../subjects/CaseStatusTag';
import { canWriteProject, useProjects } from '../subjects/options';

type Clusters = components['schemas']['DuplicateHeadClustersView'];
type Cluster = components['schemas']['DuplicateHeadClusterView'];
type Household = components['schemas']['DuplicateHeadHouseholdView'];

/** One table row: a household, with its cluster and whether it opens the cluster's rows. */
interface Row extends Household {
  cluster: Cluster;
  first: boolean;
}

/** Cells of the cluster's columns span all its households. */
const clusterCell = (row: Row) => ({ rowSpan: row.first ? row.cluster.households.length : 0 });

/**
 * 一人多户核查: heads of several households in one project (by 身份证号, shown masked), each with its
 * households, their case status and the reason recorded — within the projects the user may see.
 */
export function DuplicateHeadsPage() {
  const { user } = useAuth();
  const [search, setSearch] = useSearchParams();
  const project = search.get('project') ?? undefined;
  const { options: projectOptions, loading: projectsLoading } = useProjects();
  const [data, setData] = useState<Clusters | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(
        await call<Clusters>(api.GET('/api/households/duplicate-heads', { params: { query: project ? { projectCode: project } : {} } })),
      );
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [project]);

  useEffect(() => {
    void load();
  }, [load]);

  const rows = useMemo<Row[]>(
    () => (data?.items ?? []).flatMap((cluster) => cluster.households.map((h, i) => ({ ...h, cluster, first: i === 0 }))),
    [data],
  );
  const withoutReason = (data?.items ?? []).reduce((n, c) => n + c.withoutReason, 0);

  const columns: TableColumnsType<Row> = [
    { title: '项目', key: 'project', width: 80, onCell: clusterCell, render: (_, r) => r.cluster.projectCode },
    {
      title: '户主身份证号',
      key: 'headIdNumber',
      width: 180,
      className: 'xj-mono',
      onCell: clusterCell,
      render: (_, r) => (
        <Space direction="vertical" size={2}>
          <span>{r.cluster.headIdNumber}</span>
          <Tag color={r.cluster.withoutReason ? 'warning' : 'default'}>{r.cluster.householdCount} 户</Tag>
        </Space>
      ),
    },
    { title: '户主姓名', dataIndex: 'headName', width: 100 },
    {
      title: '户编号',
      dataIndex: 'code',
      width: 120,
      render: (_, r) => (
        <Link to={`/households/${r.id}`} state={{ from: `/duplicate-heads${project ? `?project=${project}` : ''}` }}>
          {r.code}
        </Link>
      ),
    },
    { title: '村', dataIndex: 'village', width: 100 },
    { title: '案件状态', dataIndex: 'caseStatus', width: 100, render: (_, r) => <CaseStatusTag status={r.caseStatus} /> },
    {
      title: '重复户主原因',
      dataIndex: 'duplicateHeadReason',
      render: (_, r) =>
        r.duplicateHeadReason ? (
          <Typography.Text>{r.duplicateHeadReason}</Typography.Text>
        ) : (
          <Typography.Text type="warning">未填写原因</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, r) =>
        canWriteProject(user, r.projectCode) ? (
          <Link to={`/households/${r.id}/edit`} state={{ returnTo: `/duplicate-heads${project ? `?project=${project}` : ''}` }}>
            <EditOutlined /> 核实修改
          </Link>
        ) : (
          <Link to={`/households/${r.id}`}>查看</Link>
        ),
    },
  ];

  return (
    <PageContainer
      title="一人多户核查"
      subTitle="同一项目内，同一户主身份证号登记了多户"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          刷新
        </Button>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <span>项目</span>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部可见项目"
            style={{ width: 240 }}
            loading={projectsLoading}
            options={projectOptions}
            value={project}
            onChange={(value?: string) => setSearch(value ? { project: value } : {}, { replace: true })}
            data-testid="duplicate-heads-project"
          />
        </Space>
      </Card>
      {error ? (
        <RetryAlert message="一人多户核查加载失败" error={error} onRetry={() => void load()} />
      ) : (
        <>
          {data && (
            <Alert
              type={withoutReason ? 'warning' : data.total ? 'info' : 'success'}
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="duplicate-heads-summary"
              message={
                data.total
                  ? `共 ${data.total} 个户主登记了多户，涉及 ${rows.length} 户；其中 ${withoutReason} 户尚未填写原因`
                  : '没有一人多户：每个户主身份证号在项目内只登记了一户'
              }
              description={
                data.total ? '逐户核实：身份证号填错的，打开该户更正；确属一人多户的，在该户信息中填写“重复户主原因”。' : undefined
              }
            />
          )}
          <Table<Row>
            rowKey="id"
            size="middle"
            bordered
            loading={loading}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: '没有一人多户' }}
            data-testid="duplicate-heads-table"
          />
        </>
      )}
    </PageContainer>
  );
}
