import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { ParcelProgressView } from '../../api/views';
import { formatCount, formatDateTime } from '../../lib/format';
import { drillPath, percent, projectDashboard } from './dashboard-api';
import { parcelTone, PARCEL_TONES } from './parcel-tone';
import { ProgressRates } from './ProgressRates';
import { ProjectFunnel } from './ProjectFunnel';
import { SubjectKindsTable } from './SubjectKindsTable';
import { useDashboard } from './use-dashboard';
import './dashboard.css';

function ParcelTile({ parcel }: { parcel: ParcelProgressView }) {
  const tone = parcelTone(parcel);
  // A parcel's answer lists only the kinds it has.
  const households = parcel.subjects.find((k) => k.kind === 'household')?.total ?? {
    count: 0,
    drill: { list: 'households' as const, project: parcel.signing.drill.project, parcel: parcel.code },
  };
  const others = parcel.subjects.filter((k) => k.kind !== 'household').reduce((n, k) => n + k.total.count, 0);
  return (
    <Link
      to={drillPath(households.drill)}
      className="dash-parcel"
      style={{ background: tone.background, color: tone.color }}
      data-testid={`parcel-tile-${parcel.code}`}
      aria-label={`地块 ${parcel.code}：${formatCount(households.count)} 户，已签约 ${parcel.signing.count}，已腾地 ${parcel.vacating.count}，${parcel.statusLabel}`}
    >
      <div className="dash-parcel-code">{parcel.code}</div>
      <div className="dash-parcel-meta">
        {parcel.village} · {parcel.statusLabel}
      </div>
      <div className="dash-parcel-counts">
        <span>民房 {formatCount(households.count)} 户</span>
        <span>其他 {formatCount(others)}</span>
        <span>已签约 {formatCount(parcel.signing.count)}</span>
        <span>已腾地 {formatCount(parcel.vacating.count)}</span>
        <span>过渡户 {formatCount(parcel.transitional.count)}</span>
        <span>腾地率 {percent(parcel.vacating.rate)}</span>
      </div>
    </Link>
  );
}

/** One project's progress, and a map-free grid of its parcels coloured by progress; a tile opens that parcel's households. */
export function ProjectDashboardPage() {
  const { code = '' } = useParams();
  const { data, error, loading, reload } = useDashboard(() => projectDashboard(code), code);
  const project = data?.project;
  return (
    <PageContainer
      title={project ? `${project.name}（${project.code}）项目进度` : '项目进度'}
      subTitle={data ? `数据时点 ${formatDateTime(data.asOf)}` : undefined}
      extra={[
        <Link key="back" to="/dashboard">
          <Button icon={<ArrowLeftOutlined />}>全部项目</Button>
        </Link>,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void reload()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={`项目进度加载失败：${error}`} style={{ marginBottom: 16 }} />}
      {loading && !data && <Skeleton active />}
      {project && (
        <Card style={{ marginBottom: 16 }}>
          <div className="dash-project-body">
            <div>
              <Typography.Text type="secondary">民房进度（户）</Typography.Text>
              <ProjectFunnel steps={project.funnel} title={project.name} />
            </div>
            <ProgressRates figures={project} project={project.code} />
          </div>
          <SubjectKindsTable figures={project} />
        </Card>
      )}
      {data && (
        <Card title={`地块进度（${data.parcels.length} 个地块）`} data-testid="parcel-grid">
          <div className="dash-legend" aria-label="图例">
            {PARCEL_TONES.map((t) => (
              <span key={t.key}>
                <span className="dash-legend-swatch" style={{ background: t.background }} />
                {t.label}
              </span>
            ))}
          </div>
          {data.parcels.length === 0 ? (
            <Empty description="该项目还没有地块" />
          ) : (
            <div className="dash-parcels">
              {data.parcels.map((p) => (
                <ParcelTile key={p.code} parcel={p} />
              ))}
            </div>
          )}
        </Card>
      )}
    </PageContainer>
  );
}
