import { Alert, Card, Empty, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { percent, dashboardOverview } from './dashboard-api';
import { ProjectFunnel } from './ProjectFunnel';
import { useDashboard } from './use-dashboard';
import './dashboard.css';

/**
 * 项目进度 for the leader's home screen: a small funnel per project with its signing and vacating rates; a click on a
 * step opens the households behind it, the title opens the full page. Loads its own data.
 */
export function ProjectFunnelsCard() {
  const { data, error, loading } = useDashboard(dashboardOverview, 'overview');
  return (
    <Card title="项目进度" extra={<Link to="/dashboard">详情</Link>} data-testid="project-funnels-card">
      {error && <Alert type="error" showIcon message={`项目进度加载失败：${error}`} />}
      {loading && !data && <Skeleton active />}
      {data && data.projects.length === 0 && <Empty description="没有可查看的项目" />}
      <div className="dash-card-funnels">
        {data?.projects.map((p) => (
          <div key={p.code}>
            <Link to={`/dashboard/projects/${encodeURIComponent(p.code)}`}>
              <Typography.Text strong>{p.name}</Typography.Text>
            </Link>
            <div>
              <Typography.Text type="secondary">
                签约率 {percent(p.signing.rate)} · 腾地率 {percent(p.vacating.rate)} · 过渡户 {p.transitional.count} 户
              </Typography.Text>
            </div>
            <ProjectFunnel steps={p.funnel} title={p.name} height={200} />
          </div>
        ))}
      </div>
    </Card>
  );
}

export default ProjectFunnelsCard;
