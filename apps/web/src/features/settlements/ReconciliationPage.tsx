import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Empty, Result, Row, Space, Spin, Statistic, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { DiscrepancyView, ReconciliationView } from '../../api/views';
import { formatAmount } from '../../lib/format';
import { ProjectSelect } from '../../lib/ProjectSelect';
import { useProjectOptions } from '../admin/use-project-options';
import { projectReconciliation, statementReconciliation, requestSettlementExport } from './settlement-api';

const money = (v: string) => <span className="settlement-amount">{formatAmount(v)}</span>;

/** 三账对账: agreed (agreements) vs disbursed (payments) vs received (receipts) of a project or one statement, and every discrepancy naming its case. */
export function ReconciliationPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? projects.options[0]?.value ?? '';
  const statement = params.get('statement');
  const [data, setData] = useState<ReconciliationView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!project && !statement) return;
    setLoading(true);
    setError(null);
    try {
      setData(statement ? await statementReconciliation(statement) : await projectReconciliation(project));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [project, statement]);

  useEffect(() => {
    void load();
  }, [load]);

  const t = data?.totals;
  return (
    <PageContainer
      title="三账对账"
      subTitle={data?.statementNumber ? `结算单 ${data.statementNumber}` : '协议、支付、到账，精确到分'}
      extra={[
        <ProjectSelect key="project" projects={projects} value={project} onChange={(value: string) => setParams({ project: value })} />,
        ...(statement
          ? [
              <Button key="all" onClick={() => setParams({ project })}>
                查看整个项目
              </Button>,
            ]
          : []),
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        <Button
          key="export"
          icon={<DownloadOutlined />}
          disabled={!project}
          onClick={async () => {
            try {
              await requestSettlementExport('reconciliation', { project });
              message.success('已开始导出三账对账表，完成后可在“导出”页面下载');
              navigate('/exports');
            } catch (e) {
              message.error(errorMessage(e));
            }
          }}
        >
          导出对账表
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!project && !projects.loading ? (
        <Empty description="没有可查看的项目" />
      ) : (
        <Spin spinning={loading}>
          {t && data && (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <Row gutter={16} data-testid="ledgers">
                {[
                  ['协议金额（元）', t.agreed, '已签约协议应付被征收人'],
                  ['已支付（元）', t.disbursed, '支付减冲正'],
                  ['已到账（元）', t.received, `其中已分配 ${formatAmount(t.allocated)}`],
                  ['结算单合计（元）', t.statementTotal, `涉及 ${t.cases} 件案件`],
                ].map(([title, value, note]) => (
                  <Col xs={24} md={6} key={title}>
                    <Card size="small">
                      <Statistic title={title} value={formatAmount(value)} />
                      <div className="ant-statistic-title" style={{ marginTop: 4 }}>
                        {note}
                      </div>
                    </Card>
                  </Col>
                ))}
              </Row>
              <Card size="small">
                <Space size="large" wrap>
                  <span>协议 − 支付：{money(t.agreedLessDisbursed)} 元</span>
                  <span>支付 − 到账：{money(t.disbursedLessReceived)} 元</span>
                  {data.counts.map((c) => (
                    <Tag key={c.kind} color="orange">
                      {c.kindLabel} {c.count} 条
                    </Tag>
                  ))}
                </Space>
              </Card>
              {data.balanced ? (
                <Result status="success" title="三账相符" subTitle="协议、支付、到账逐件核对，没有差异。" />
              ) : (
                <Card size="small" title="差异清单">
                  <Table<DiscrepancyView>
                    size="small"
                    rowKey={(d) => `${d.kind}-${d.caseId ?? ''}-${d.statementId ?? ''}`}
                    dataSource={data.discrepancies}
                    data-testid="discrepancies"
                    pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条` }}
                    columns={[
                      { title: '差异类型', dataIndex: 'kindLabel', render: (v: string) => <Tag color="orange">{v}</Tag> },
                      { title: '征收对象编号', dataIndex: 'subjectCode', render: (v: string | null, d) => (v && d.caseId ? <Link to={`/cases/${d.caseId}`}>{v}</Link> : '—') },
                      { title: '被征收人', dataIndex: 'party', render: (v: string | null) => v ?? '—' },
                      { title: '结算单号', dataIndex: 'statementNumber', render: (v: string | null, d) => (v && d.statementId ? <Link to={`/settlements/${d.statementId}`}>{v}</Link> : '—') },
                      { title: '涉及金额（元）', dataIndex: 'amount', align: 'right', render: money },
                    ]}
                  />
                </Card>
              )}
            </Space>
          )}
        </Spin>
      )}
    </PageContainer>
  );
}
