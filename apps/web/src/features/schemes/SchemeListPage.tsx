import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { SchemeVersionView } from '../../api/views';
import { useProjectOptions } from '../admin/use-project-options';
import { listVersions } from './scheme-api';
import { SchemeHistoryTable } from './SchemeHistoryTable';

/** 补偿方案: a project's scheme versions; a new version starts from the one in force (or the latest). */
export function SchemeListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const projects = useProjectOptions();
  const project = params.get('project') ?? projects.options[0]?.value ?? null;
  const [state, setState] = useState<{ project: string | null; versions: SchemeVersionView[]; error: string | null }>({
    project: null,
    versions: [],
    error: null,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!project) return undefined;
    let live = true;
    listVersions(project)
      .then((versions) => live && setState({ project, versions, error: null }))
      .catch((e: unknown) => live && setState({ project, versions: [], error: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [project, attempt]);

  const loading = !!project && state.project !== project;
  const base = state.versions.find((v) => v.status === 'published') ?? state.versions[0];
  const hasDraft = state.versions.some((v) => v.status === 'draft');
  return (
    <PageContainer title="补偿方案" subTitle="各项目的补偿方案版本：草稿可修改，发布后不可修改">
      <Card
        title={
          <Space>
            项目
            <Select
              style={{ width: 260 }}
              aria-label="项目"
              loading={projects.loading}
              options={projects.options}
              value={project ?? undefined}
              onChange={(v: string) => setParams({ project: v })}
            />
          </Space>
        }
        extra={
          project && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={loading || hasDraft}
              title={hasDraft ? '已有草稿版本，请先修改或发布草稿' : undefined}
              onClick={() => navigate(`/admin/schemes/new?project=${encodeURIComponent(project)}${base ? `&from=${base.id}` : ''}`)}
            >
              新建版本
            </Button>
          )
        }
      >
        {state.error && state.project === project && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={`补偿方案加载失败：${state.error}`}
            action={
              <Button size="small" onClick={() => setAttempt((a) => a + 1)}>
                重试
              </Button>
            }
          />
        )}
        <SchemeHistoryTable versions={state.project === project ? state.versions : []} loading={loading} />
      </Card>
    </PageContainer>
  );
}
