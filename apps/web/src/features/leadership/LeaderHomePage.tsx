import { FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, List, Progress, Row, Select, Space, Statistic, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { QuotaView, TargetView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate, formatDateTime } from '../../lib/format';
import { BurnUpChart } from './BurnUpChart';
import { getQuota, listTargets, monthBounds, solvedHouseholdsPath } from './leadership-api';
import { TargetsCard } from './TargetsCard';
import { RectificationPanel } from './RectificationPanel';
import { ProjectFunnelsCard } from '../dashboard/ProjectFunnelsCard';
import { OverdueMilestonesCard } from '../milestones/OverdueMilestonesCard';

/** 住房解决 N / 536 户: the figure leadership watches all year, with percent and what remains. */
function QuotaFigureCard({ quota, onOpen }: { quota: QuotaView; onOpen(): void }) {
  const percent = quota.target ? Math.round((quota.solved / quota.target) * 1000) / 10 : null;
  return (
    <Card size="small" title={`${quota.year} 年解决动迁户住房`} data-testid="quota-figure" style={{ height: '100%' }}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <div
          role="link"
          tabIndex={0}
          title="查看本年解决住房的户"
          style={{ cursor: 'pointer' }}
          onClick={onOpen}
          onKeyDown={(e) => e.key === 'Enter' && onOpen()}
          data-testid="quota-solved-link"
        >
          <Statistic
            title="住房解决"
            value={quota.solved}
            suffix={quota.target !== null ? ` / ${quota.target} 户` : '户'}
            valueStyle={{ fontSize: 44, fontWeight: 600, color: '#1677ff' }}
          />
        </div>
        {percent !== null && <Progress percent={Math.min(100, percent)} format={() => `${percent}%`} strokeWidth={14} />}
        <Row gutter={16}>
          <Col span={12}>
            <Statistic title="尚差" value={quota.remaining ?? '—'} suffix={quota.remaining !== null ? '户' : undefined} />
          </Col>
          <Col span={12}>
            <Statistic title="预计年末（预期）" value={quota.forecast.expected} suffix="户" />
          </Col>
        </Row>
        <Typography.Text type="secondary">
          数据截至 {formatDate(quota.asOf)}（统计于 {formatDateTime(quota.computedAt)}）
        </Typography.Text>
      </Space>
    </Card>
  );
}

/** Why the forecast is what it is: the pipeline's groups and what each adds (low / expected / high). */
function ForecastBasis({ quota }: { quota: QuotaView }) {
  const f = quota.forecast;
  return (
    <div data-testid="forecast-basis">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        年末预计解决 <b>{f.low}</b>（低）/ <b>{f.expected}</b>（预期）/ <b>{f.high}</b>（高）户
        {f.daysLeft === 0 ? '（本年度已结束，即为实际解决数）' : `，本年尚余 ${f.daysLeft} 天`}。依据：
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={f.basis.filter((b) => b.households > 0)}
        locale={{ emptyText: '没有在途的未解决户' }}
        renderItem={(b) => (
          <List.Item key={b.group}>
            <Typography.Text>
              {b.label}：{b.households} 户，计入 低 {b.low} / 预期 {b.expected} / 高 {b.high} 户
            </Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}

/** The month a report from this screen is for: the data's latest month in its year, December of a past year. */
function reportMonth(quota: QuotaView): string {
  return quota.asOf.slice(0, 4) === String(quota.year) ? quota.asOf.slice(0, 7) : `${quota.year}-12`;
}

/**
 * 领导首页: the 536 figure, the month-by-month burn-up with the forecast and its basis, the year's targets. Cards sit in
 * one Row of Cols: another card is one more Col.
 */
export function LeaderHomePage() {
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const asked = params.get('year') ? Number(params.get('year')) : undefined;
  const [quota, setQuota] = useState<QuotaView | null>(null);
  const [targets, setTargets] = useState<TargetView[]>([]);
  const [dataYear, setDataYear] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const q = await getQuota(asked);
      setQuota(q);
      setDataYear((y) => y ?? Number(q.asOf.slice(0, 4)));
      setTargets(await listTargets(q.year));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [asked]);

  useEffect(() => {
    void load();
  }, [load]);

  const year = quota?.year ?? asked;
  const anchor = dataYear ?? year ?? new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, i) => anchor - 3 + i);
  const openMonth = (month: string) => {
    const { from, to } = monthBounds(month);
    navigate(solvedHouseholdsPath(from, to));
  };

  return (
    <PageContainer
      title="领导首页"
      subTitle="年度目标与住房解决进度，全部按业务记录实时统计"
      extra={[
        <Select
          key="year"
          data-testid="year-select"
          value={year}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          onChange={(y: number) => setParams({ year: String(y) })}
        />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          刷新
        </Button>,
        ...(quota && hasRole('admin', 'leader', 'officer')
          ? [
              <Button
                key="report"
                type="primary"
                icon={<FileExcelOutlined />}
                onClick={() => navigate(`/exports?kind=monthly-progress-report&month=${reportMonth(quota)}`)}
              >
                导出月度报告
              </Button>,
            ]
          : []),
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {quota && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={8}>
            <QuotaFigureCard quota={quota} onOpen={() => navigate(solvedHouseholdsPath(`${quota.year}-01-01`, `${quota.year}-12-31`))} />
          </Col>
          <Col xs={24} xl={16}>
            <Card size="small" title="住房解决燃尽图（点击月份查看当月解决的户）" data-testid="burn-up-card">
              <BurnUpChart quota={quota} onMonthClick={openMonth} />
              <ForecastBasis quota={quota} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <TargetsCard targets={targets} canWrite={hasRole('admin', 'leader')} onChanged={() => void load()} />
          </Col>
          <Col xs={24} xl={12}>
            <OverdueMilestonesCard />
          </Col>
          <Col xs={24}>
            <ProjectFunnelsCard />
          </Col>
          <Col xs={24}>
            <RectificationPanel year={quota.year} />
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
