import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Empty, Row, Spin, Statistic, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { BaseView } from '../../api/views';
import { exportInventory, listBases } from './inventory-api';
import { currentStep, StatusBar, StatusLegend } from './unit-status';

export const STAGE_COLOR: Record<string, string> = { planning: 'default', preliminary: 'cyan', construction: 'orange', completed: 'blue', delivering: 'green' };

/** 安置基地: every base as a card — its stage along the five steps, planned delivery, and its flats by status. */
export function BasesPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [bases, setBases] = useState<BaseView[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      // The furthest along first: the bases with flats to deliver lead, those still in planning close the list.
      const order = (b: BaseView) => b.steps.findIndex((s) => s.state === 'current');
      setBases((await listBases()).sort((a, b) => order(b) - order(a) || a.code.localeCompare(b.code)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const sum = (key: keyof BaseView['units']) => bases.reduce((n, b) => n + b.units[key], 0);
  const all = { available: sum('available'), reserved: sum('reserved'), allocated: sum('allocated'), delivered: sum('delivered'), frozen: sum('frozen'), total: sum('total') };

  return (
    <PageContainer
      title="安置基地"
      subTitle="全镇安置房基地的建设阶段和房源情况"
      extra={[
        <Button
          key="export"
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => {
            setExporting(true);
            exportInventory()
              .catch((e: unknown) => message.error(errorMessage(e)))
              .finally(() => setExporting(false));
          }}
        >
          导出房源清单
        </Button>,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading}>
        {bases.length > 0 && (
          <Card size="small" style={{ marginBottom: 16 }} data-testid="inventory-summary">
            <Row gutter={24} align="middle">
              <Col xs={12} md={4}>
                <Statistic title="安置基地" value={bases.length} suffix="个" />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title="房源总数" value={all.total} suffix="套" />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title="可选房源" value={all.available} suffix="套" valueStyle={{ color: '#389e0d' }} />
              </Col>
              <Col xs={24} md={12}>
                <div style={{ marginBottom: 8 }}>
                  <StatusBar counts={all} height={14} showTotal={false} />
                </div>
                <StatusLegend counts={all} />
              </Col>
            </Row>
          </Card>
        )}
        {!loading && bases.length === 0 && <Empty description="还没有安置基地" />}
        <Row gutter={[16, 16]} data-testid="base-cards">
          {bases.map((b) => (
            <Col key={b.id} span={24}>
              <Card
                hoverable
                size="small"
                onClick={() => navigate(`/resettlement/bases/${b.id}`)}
                title={
                  <span>
                    {b.name} <Typography.Text type="secondary">{b.code}</Typography.Text>
                  </span>
                }
                extra={<Tag color={STAGE_COLOR[b.stage]}>{b.stageLabel}</Tag>}
                data-testid={`base-card-${b.code}`}
              >
                <Row gutter={24} align="middle" wrap={false}>
                  <Col flex="auto" style={{ minWidth: 0 }}>
                    <Steps
                      size="small"
                      progressDot
                      current={currentStep(b.steps)}
                      items={b.steps.map((s) => ({
                        title: s.label,
                        description: (
                          <span style={{ fontSize: 12, color: s.late ? '#cf1322' : undefined }}>{s.actual ?? (s.planned ? `计划 ${s.planned}` : '')}</span>
                        ),
                      }))}
                    />
                  </Col>
                  <Col flex="360px">
                    <div style={{ marginBottom: 6 }}>
                      <StatusBar counts={b.units} />
                    </div>
                    <Typography.Text type="secondary">计划交付 </Typography.Text>
                    {b.plannedDeliveryOn ?? '—'}
                    <Typography.Text type="secondary" style={{ marginLeft: 16 }}>
                      楼栋{' '}
                    </Typography.Text>
                    {b.buildings} 栋
                    {b.units.total > 0 && (
                      <>
                        <Typography.Text type="secondary" style={{ marginLeft: 16 }}>
                          可选{' '}
                        </Typography.Text>
                        {b.units.available} 套
                      </>
                    )}
                  </Col>
                </Row>
              </Card>
            </Col>
          ))}
        </Row>
      </Spin>
    </PageContainer>
  );
}
