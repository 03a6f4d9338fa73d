import { ArrowLeftOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Breadcrumb, Button, Card, Result, Skeleton, Space, Tabs, Tag } from 'antd';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { labelOf, useReference } from '../../lib/reference';
import type { SubjectType } from '../../api/views';
import { CaseAllocationsCard } from '../choosing/CaseAllocationsCard';
import { CaseViolationsCard } from '../rectification/CaseViolationsCard';
import { CaseConfirmationCard } from '../confirmations/CaseConfirmationCard';
import { CompensationTab } from '../money/compensation/CompensationTab';
import { CaseAuditTable } from './CaseAuditTable';
import { CaseLifecycle } from './CaseLifecycle';
import { CaseTimeline } from './CaseTimeline';
import { SUBJECT_KINDS } from './subject-kinds';
import { SubjectFacts } from './SubjectFacts';
import { useCasePage } from './use-case-page';

/**
 * Where "back to the list" goes: the list with the filters the user came from (the list passes
 * `state: { from: pathname + search }` when it opens a case), or the plain list.
 */
function useBackTo(listPath: string): string {
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  if (typeof from === 'string' && (from === listPath || from.startsWith(`${listPath}?`))) return from;
  return listPath;
}

/** The case page (一户一档) of one subject: facts, personal data on purpose, lifecycle, history, audit. */
export function CasePage({ kind }: { kind: SubjectType }) {
  const config = SUBJECT_KINDS[kind];
  const { id = '' } = useParams();
  const { hasRole } = useAuth();
  const ref = useReference();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const backTo = useBackTo(config.listPath);
  // The open tab is in the address (`?tab=compensation`), so a link or a reload opens it again.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'compensation' ? 'compensation' : 'facts';
  const { state, revision, reload, retry, refreshAudit } = useCasePage(config, id);
  const kindLabel = labelOf(ref.subjectTypes, kind);

  const breadcrumb = (current: string) => (
    <Breadcrumb
      items={[{ title: '征收对象' }, { title: <Link to={backTo}>{kindLabel}</Link> }, { title: current }]}
      data-testid="case-breadcrumb"
    />
  );
  const backButton = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)}>
      返回列表
    </Button>
  );

  if (state.phase === 'loading') {
    return (
      <PageContainer title={false} breadcrumbRender={() => breadcrumb('加载中…')}>
        <Card>
          <div data-testid="case-loading">
            <Skeleton active paragraph={{ rows: 8 }} />
          </div>
        </Card>
      </PageContainer>
    );
  }
  if (state.phase === 'missing') {
    return (
      <PageContainer title={false} breadcrumbRender={() => breadcrumb('记录不存在')}>
        <Card>
          <div data-testid="case-missing">
            <Result status="404" title="记录不存在或无权查看" subTitle="该记录可能已被删除，或不属于您负责的项目" extra={backButton} />
          </div>
        </Card>
      </PageContainer>
    );
  }
  if (state.phase === 'error') {
    return (
      <PageContainer title={false} breadcrumbRender={() => breadcrumb('加载失败')}>
        <Card>
          <div data-testid="case-error">
            <Result
              status="error"
              title="加载失败"
              subTitle={state.message}
              extra={[
                <Button key="retry" type="primary" icon={<ReloadOutlined />} onClick={() => void retry()}>
                  重试
                </Button>,
                <span key="back">{backButton}</span>,
              ]}
            />
          </div>
        </Card>
      </PageContainer>
    );
  }

  const { subject, caseFile } = state;
  const canEdit = hasRole('officer', 'admin');
  const canUnmask = kind === 'household' && hasRole('officer', 'admin') && !hasRole('company');
  const quietReload = () => reload().catch((e: unknown) => void message.error(errorMessage(e)));

  return (
    <PageContainer
      title={config.title(subject, ref)}
      breadcrumbRender={() => breadcrumb(subject.code)}
      tags={<Tag>{kindLabel}</Tag>}
      extra={[
        canEdit ? (
          <Button
            key="edit"
            type="primary"
            icon={<EditOutlined />}
            onClick={() => navigate(`${config.listPath}/${subject.id}/edit`, { state: { from: backTo } })}
          >
            编辑
          </Button>
        ) : null,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void quietReload()}>
          刷新
        </Button>,
        <span key="back">{backButton}</span>,
      ]}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {caseFile ? <CaseLifecycle caseFile={caseFile} reload={reload} /> : <Alert type="warning" showIcon message="该对象尚未建立案件" />}
        {caseFile && <CaseConfirmationCard caseId={caseFile.id} revision={caseFile.version} />}
        {caseFile && <CaseAllocationsCard caseId={caseFile.id} revision={caseFile.version} />}
        {kind === 'household' && <CaseViolationsCard householdId={subject.id} onConfirmed={() => void quietReload()} />}
        <Tabs
          activeKey={caseFile ? tab : 'facts'}
          onChange={(key) => setParams(key === 'facts' ? {} : { tab: key }, { replace: true, state: { from: backTo } })}
          data-testid="case-tabs"
          items={[
            {
              key: 'facts',
              label: '概况',
              children: (
                <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                  <SubjectFacts config={config} subject={subject} canUnmask={canUnmask} onAudited={refreshAudit} />
                  {caseFile && <CaseTimeline history={caseFile.history} />}
                  {caseFile && <CaseAuditTable caseId={caseFile.id} revision={revision} />}
                </Space>
              ),
            },
            ...(caseFile
              ? [
                  {
                    key: 'compensation',
                    label: '补偿',
                    children: (
                      <CompensationTab
                        key={caseFile.id}
                        caseFile={caseFile}
                        projectCode={subject.projectCode}
                        title={config.title(subject, ref)}
                        revision={revision}
                        onCaseChanged={quietReload}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
    </PageContainer>
  );
}
