import { ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { dashboardOverview } from './dashboard-api';
import { ProgressRates } from './ProgressRates';
import { ProjectFunnel } from './ProjectFunnel';
import { SubjectKindsTable } from './SubjectKindsTable';
import { useDashboard } from './use-dashboard';
import './dashboard.css';

/** 项目进度: per project the households' funnel, the key rates and the subjects by kind and status; every figure opens its cases. */
export function DashboardPage() {
  const { data, error, loading, reload } = useDashboard(dashboardOverview, 'overview');
  return (
    <PageContainer
      title="项目进度"
      subTitle={data ? `数据时点 ${formatDateTime(data.asOf)}；点击漏斗的一步或任一数字，查看其中的案件` : undefined}
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void reload()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={`项目进度加载失败：${error}`} style={{ marginBottom: 16 }} />}
      {loading && !data && <Skeleton active />}
      {data && data.projects.length === 0 && <Empty description="没有可查看的项目" />}
      <div className="dash-projects">
        {data?.projects.map((p) => (
          <Card
            key={p.code}
            title={`${p.name}（${p.code}）`}
            extra={<Link to={`/dashboard/projects/${encodeURIComponent(p.code)}`}>按地块查看</Link>}
            data-testid={`project-card-${p.code}`}
          >
            <div className="dash-project-body">
              <div>
                <Typography.Text type="secondary">民房进度（户）</Typography.Text>
                <ProjectFunnel steps={p.funnel} title={p.name} />
              </div>
              <ProgressRates figures={p} project={p.code} />
            </div>
            <SubjectKindsTable figures={p} />
          </Card>
        ))}
      </div>
    </PageContainer>
  );
}
