import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Empty, Pagination, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { CommunicationView, Page } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { ProjectSelect } from '../../lib/ProjectSelect';
import { useProjectOptions } from '../admin/use-project-options';
import { CommunicationCard } from './CommunicationCard';
import { CommunicationDialog } from './CommunicationDialog';
import { listCommunications, recordCommunication } from './communication-api';
import { sideOf } from './side';

const PAGE_SIZE = 10;

/** 沟通记录: a project's meetings and notices with 西虹桥公司, newest first, each with its action items; either side records one. */
export function CommunicationsPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? projects.options[0]?.value ?? '';
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<CommunicationView> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);

  const load = useCallback(async () => {
    if (!project) return;
    setLoading(true);
    setError(null);
    try {
      setData(await listCommunications(project, page, PAGE_SIZE));
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
  const canRecord = user ? sideOf(user) !== null : false;
  return (
    <PageContainer
      title="沟通记录"
      subTitle="与西虹桥公司的会议、通知及落实事项，双方共同可见"
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
        ...(canRecord
          ? [
              <Button key="record" type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setRecording(true)}>
                记录沟通
              </Button>,
            ]
          : []),
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading}>
        {!project && !projects.loading ? (
          <Empty description="没有可查看的项目" />
        ) : data && data.items.length === 0 ? (
          <Empty description="该项目还没有沟通记录" />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="communications">
            {data?.items.map((c) => <CommunicationCard key={c.id} communication={c} onChanged={() => void load()} />)}
          </Space>
        )}
      </Spin>
      {data && data.total > PAGE_SIZE && (
        <Pagination style={{ marginTop: 16, textAlign: 'right' }} current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showTotal={(n) => `共 ${n} 次沟通`} />
      )}
      <CommunicationDialog
        open={recording}
        projectLabel={projectLabel}
        onClose={() => setRecording(false)}
        onSubmit={async (body) => {
          await recordCommunication(project, body);
          message.success('沟通记录已保存');
          setRecording(false);
          setPage(1);
          await load();
        }}
      />
    </PageContainer>
  );
}
