import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { Page, SettlementFiguresView, StatementSummaryView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatAmount, formatDate } from '../../lib/format';
import { ProjectSelect } from '../../lib/ProjectSelect';
import { useProjectOptions } from '../admin/use-project-options';
import { FiguresPanel } from './FiguresPanel';
import { IssueStatementDialog } from './IssueStatementDialog';
import { getFigures, issueStatement, listStatements } from './settlement-api';

const PAGE_SIZE = 20;
const amount = (v: string) => <span className="settlement-amount">{formatAmount(v)}</span>;

/** 结算单: a project's statements to 西虹桥公司 with their totals and receipts, the project's money (预算/送审/审定); finance issues new ones. */
export function SettlementsPage() {
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? projects.options[0]?.value ?? '';
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<StatementSummaryView> | null>(null);
  const [figures, setFigures] = useState<SettlementFiguresView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const isFinance = hasRole('finance', 'admin');

  const load = useCallback(async () => {
    if (!project) return;
    setLoading(true);
    setError(null);
    try {
      const [list, money] = await Promise.all([listStatements(project, page, PAGE_SIZE), getFigures(project)]);
      setData(list);
      setFigures(money);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [project, page]);

  useEffect(() => {
    void load();
  }, [load]);

  const projectLabel = projects.options.find((o) => o.value === project)?.label ?? project;
  return (
    <PageContainer
      title="结算单"
      subTitle="向西虹桥公司出具的结算单，逐行确认；到账与项目资金"
      extra={[
        <ProjectSelect
          key="project"
          projects={projects}
          value={project}
          onChange={(value: string) => {
            setPage(1);
            setParams({ project: value });
          }}
        />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        ...(isFinance
          ? [
              <Button key="issue" type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setIssuing(true)}>
                新建结算单
              </Button>,
            ]
          : []),
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!project && !projects.loading ? (
        <Empty description="没有可查看的项目" />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {figures && <FiguresPanel project={project} figures={figures} canEdit={isFinance} onChanged={() => void load()} />}
          <Card size="small" title="结算单" extra={<Link to={`/reconciliation?project=${encodeURIComponent(project)}`}>三账对账</Link>}>
            <Table<StatementSummaryView>
              size="small"
              rowKey="id"
              loading={loading}
              dataSource={data?.items ?? []}
              data-testid="statements"
              locale={{ emptyText: '该项目还没有结算单' }}
              onRow={(s) => ({ onClick: () => navigate(`/settlements/${s.id}`), style: { cursor: 'pointer' } })}
              pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 张` }}
              columns={[
                { title: '结算单号', dataIndex: 'number', render: (v: string, s) => <Link to={`/settlements/${s.id}`}>{v}</Link> },
                { title: '出具日期', dataIndex: 'issuedOn', render: (v: string) => formatDate(v) },
                { title: '状态', dataIndex: 'statusLabel', render: (v: string, s) => <Tag color={s.status === 'confirmed' ? 'green' : 'gold'}>{v}</Tag> },
                { title: '合计（元）', dataIndex: 'total', align: 'right', render: amount },
                { title: '已到账（元）', dataIndex: 'received', align: 'right', render: amount },
                { title: '出具人', dataIndex: 'createdBy' },
              ]}
            />
          </Card>
        </Space>
      )}
      <IssueStatementDialog
        open={issuing}
        project={project}
        projectLabel={projectLabel}
        onClose={() => setIssuing(false)}
        onIssue={async (caseIds) => {
          const created = await issueStatement(project, caseIds);
          message.success(`结算单 ${created.number} 已出具`);
          setIssuing(false);
          navigate(`/settlements/${created.id}`);
        }}
      />
    </PageContainer>
  );
}
