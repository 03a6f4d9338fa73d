import { CopyOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Form, Result, Skeleton, Space } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import type { SchemeVersionView } from '../../api/views';
import { todayInShanghai } from '../../lib/format';
import { startRecalculation } from './recalculation-api';
import { RecalculationRunsCard } from './RecalculationRunsCard';
import { getVersion, listVersions, publishVersion, saveVersion } from './scheme-api';
import { fromItems, fromSwapPricing, newItem, problemsByItem, type VersionValues } from './scheme-form';
import { SchemeHistoryTable } from './SchemeHistoryTable';
import { SchemeStatusTag } from './SchemeStatusTag';
import { SchemeVersionEditor } from './SchemeVersionEditor';

type Loaded = { project: string; version: SchemeVersionView | null; initial: VersionValues; versions: SchemeVersionView[] };

function valuesOf(v: SchemeVersionView, asNew: boolean): VersionValues {
  return {
    name: asNew ? v.name.replace(/（第\s*\d+\s*版）$/, '') : v.name,
    effectiveOn: asNew ? todayInShanghai() : v.effectiveOn,
    items: fromItems(v.items),
    swap: fromSwapPricing(v.swapPricing),
  };
}

/**
 * One scheme version (`/admin/schemes/:id`), or a new draft (`/admin/schemes/new?project=…&from=…`,
 * starting from the version `from`): the editor, saving with the api's problems shown on their items,
 * publishing, and the project's history of versions.
 */
export function SchemeVersionPage() {
  const { id = 'new' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<VersionValues>();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<{ message: string; missing: boolean } | null>(null);
  const [problems, setProblems] = useState<Map<number, string[]>>(new Map());
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const isNew = id === 'new';

  const load = useCallback(async () => {
    setLoadError(null);
    // Another version (or a new one just saved): never show the previous one's content meanwhile.
    setLoaded((current) => (current && (isNew ? current.version === null : current.version?.id === id) ? current : null));
    try {
      if (isNew) {
        const project = params.get('project') ?? '';
        const from = params.get('from');
        const base = from ? await getVersion(from) : null;
        const versions = await listVersions(project);
        const initial = base
          ? valuesOf(base, true)
          : { name: '', effectiveOn: todayInShanghai(), items: [newItem()], swap: { offered: false } };
        setLoaded({ project, version: null, initial, versions });
      } else {
        const version = await getVersion(id);
        setLoaded({
          project: version.projectCode,
          version,
          initial: valuesOf(version, false),
          versions: await listVersions(version.projectCode),
        });
      }
      setProblems(new Map());
    } catch (e) {
      setLoadError({ message: errorMessage(e), missing: e instanceof ApiError && e.status === 404 });
    }
  }, [id, isNew, params]);

  useEffect(() => {
    void load();
  }, [load]);

  const version = loaded?.version ?? null;
  const editable = isNew || version?.status === 'draft';
  const initial = useMemo(() => loaded?.initial ?? { items: [] }, [loaded]);

  const save = async (): Promise<SchemeVersionView | null> => {
    if (!loaded) return null;
    try {
      await form.validateFields();
    } catch {
      message.error('请先改正标红的内容');
      return null;
    }
    setBusy('save');
    try {
      const saved = await saveVersion(loaded.project, version, form.getFieldsValue(true) as VersionValues);
      setProblems(new Map());
      message.success(isNew ? '草稿已保存' : '修改已保存');
      if (isNew) navigate(`/admin/schemes/${saved.id}`, { replace: true });
      else await load();
      return saved;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const found = problemsByItem(e.details);
        setProblems(found);
        message.error('方案有误，未保存：请按各项目上的提示修改');
        // Bring the first item named into view (it may be far down a long version).
        const first = Math.min(...[...found.keys()].filter((k) => k >= 0));
        if (Number.isFinite(first))
          setTimeout(
            () => document.querySelector(`[data-testid="scheme-item-${first}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
            50,
          );
      } else message.error(errorMessage(e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  const publish = () => {
    if (!version) return;
    modal.confirm({
      title: `发布第 ${version.number} 版？`,
      content:
        '发布前先保存当前修改。发布后本版本不可再修改，项目原已发布的版本改为“已被替代”；此后的测算按本版本计算。发布后随即对未签约且已测算的案件进行重新测算预览，核对差额后再决定是否应用；已签约案件的测算不变。',
      okText: '保存并发布',
      cancelText: '取消',
      onOk: async () => {
        const saved = await save();
        if (!saved) return;
        setBusy('publish');
        try {
          await publishVersion(saved.id);
        } catch (e) {
          if (e instanceof ApiError && e.status === 422) setProblems(problemsByItem(e.details));
          message.error(errorMessage(e));
          setBusy(null);
          return;
        }
        try {
          const run = await startRecalculation(saved.id);
          message.success(`第 ${saved.number} 版已发布，正在进行重新测算预览`);
          navigate(`/admin/recalculations/${run.id}`);
        } catch (e) {
          message.warning(`第 ${saved.number} 版已发布，但重新测算预览未能发起：${errorMessage(e)}`);
          await load();
        } finally {
          setBusy(null);
        }
      },
    });
  };

  if (loadError) {
    return (
      <PageContainer title="补偿方案">
        <Card>
          <Result
            status={loadError.missing ? '404' : 'error'}
            title={loadError.missing ? '补偿方案版本不存在' : '加载失败'}
            subTitle={loadError.message}
            extra={<Button onClick={() => void load()}>重试</Button>}
          />
        </Card>
      </PageContainer>
    );
  }
  if (!loaded) {
    return (
      <PageContainer title="补偿方案">
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </PageContainer>
    );
  }

  const title = isNew ? `${loaded.project} 补偿方案 · 新版本` : `${loaded.project} 补偿方案 · 第 ${version!.number} 版`;
  return (
    <PageContainer
      title={title}
      tags={version ? <SchemeStatusTag version={version} /> : undefined}
      breadcrumb={{
        items: [
          { title: <Link to={`/admin/schemes?project=${encodeURIComponent(loaded.project)}`}>补偿方案</Link> },
          { title: isNew ? '新版本' : `第 ${version!.number} 版` },
        ],
      }}
      extra={
        editable
          ? [
              <Button key="save" icon={<SaveOutlined />} loading={busy === 'save'} disabled={!!busy} onClick={() => void save()}>
                保存草稿
              </Button>,
              !isNew && (
                <Button
                  key="publish"
                  type="primary"
                  icon={<SendOutlined />}
                  loading={busy === 'publish'}
                  disabled={!!busy}
                  onClick={publish}
                >
                  发布
                </Button>
              ),
            ]
          : [
              <Button
                key="copy"
                type="primary"
                icon={<CopyOutlined />}
                disabled={loaded.versions.some((v) => v.status === 'draft')}
                onClick={() => navigate(`/admin/schemes/new?project=${encodeURIComponent(loaded.project)}&from=${version!.id}`)}
              >
                以此版本为基础新建
              </Button>,
            ]
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {!editable && <Alert type="info" showIcon message="已发布的版本不可修改；如需调整，请以此版本为基础新建版本并发布。" />}
        {version && version.status !== 'draft' && <RecalculationRunsCard version={version} />}
        <SchemeVersionEditor form={form} initial={initial} readOnly={!editable} problems={problems} />
        <Card title="版本历史" size="small">
          <SchemeHistoryTable versions={loaded.versions} current={version?.id} />
        </Card>
      </Space>
    </PageContainer>
  );
}
