import { ArrowLeftOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Form, Input, Result, Row, Select, Skeleton, Space, type FormInstance, type InputProps } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import type { SubjectView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { applyFieldErrors } from '../../lib/form-errors';
import { labelOf, useReference } from '../../lib/reference';
import { changedFields, filledFields, STALE_MESSAGE, type FormBody } from './form-values';
import { canWriteProject, useParcels, useProjects } from './options';
import type { SubjectPath } from './SubjectListPage';

/** What every body creating a subject holds: where it is (the project is fixed once created). */
type NewSubjectBody = { projectCode: string; parcelCode: string; code: string };

/**
 * One kind of subject's form: `T` the record the api answers, `V` the form's values, `C` the body
 * that creates one (an edit sends the changed fields of it with `version`).
 */
export interface SubjectFormConfig<T extends SubjectView, V, C extends NewSubjectBody> {
  path: SubjectPath;
  /** 民房, 企业… */
  title: string;
  load(id: string): Promise<T>;
  /** The record as the form's values. */
  toValues(record: T): V;
  /** The form's values as the api's body (optional blanks as null). `projectCode` is dropped when editing. */
  toBody(values: V): FormBody<C>;
  create(body: C): Promise<SubjectView>;
  update(id: string, body: Partial<C> & { version: number }): Promise<T>;
  /** Fields that stay editable once the case is signed (contact details). */
  contactFieldLabels: string;
}

interface Navigation {
  from?: string;
  returnTo?: string;
}

export interface SubjectFormOptions {
  /** A refusal the page shows itself (e.g. the 一人多户 warning); true when handled. */
  onRefused?: (error: ApiError) => boolean;
}

/**
 * Loading, saving and refusals of a create/edit form: PATCH sends only what the user changed plus
 * `version`; the api's per-field messages go next to their fields, a stale version is explained.
 */
export function useSubjectForm<T extends SubjectView, V, C extends NewSubjectBody>(config: SubjectFormConfig<T, V, C>, id: string | undefined, options: SubjectFormOptions = {}) {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const nav = (useLocation().state ?? {}) as Navigation;
  const [record, setRecord] = useState<T | null>(null);
  const [loading, setLoading] = useState(!!id);
  const [loadError, setLoadError] = useState<{ status: number; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  /** The body the record gave when loaded: what an edit is compared with. */
  const initialBody = useRef<FormBody<C>>({});

  const load = useCallback(async () => {
    if (!id) return;
    setLoading(true);
    setLoadError(null);
    try {
      const loaded = await config.load(id);
      const values = config.toValues(loaded);
      form.resetFields();
      form.setFieldsValue(values as never);
      initialBody.current = config.toBody(values);
      setRecord(loaded);
      setError(null);
    } catch (e) {
      setLoadError({ status: e instanceof ApiError ? e.status : 0, message: errorMessage(e) });
    } finally {
      setLoading(false);
    }
  }, [config, form, id]);

  useEffect(() => {
    void load();
  }, [load]);

  const listPath = `/${config.path}`;
  const leave = (to?: string) => navigate(to ?? nav.returnTo ?? (id ? `${listPath}/${id}` : listPath), { state: { from: nav.from } });

  const submit = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      const body = config.toBody(values);
      if (id && record) {
        delete body.projectCode;
        const changes = changedFields(body, initialBody.current);
        if (!Object.keys(changes).length) {
          message.info('没有需要保存的修改');
          return;
        }
        await config.update(id, { ...changes, version: record.version });
        message.success(`已保存${config.title} ${record.code}`);
        leave();
      } else {
        const created = await config.create(filledFields(body));
        message.success(`已登记${config.title} ${created.code}`);
        navigate(`${listPath}/${created.id}`, { replace: true, state: { from: nav.from ?? listPath } });
      }
    } catch (e) {
      // A refusal the page shows itself.
      if (e instanceof ApiError && options.onRefused?.(e)) return;
      if (e instanceof ApiError) {
        const shown = e.status === 400 ? applyFieldErrors(form, e) : 0;
        setError(shown ? null : { message: e.message, stale: e.status === 409 && e.message === STALE_MESSAGE });
        if (shown) {
          const first = Object.keys(e.fieldErrors)[0];
          if (first) form.scrollToField(first.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
        }
      } else {
        setError({ message: errorMessage(e), stale: false });
      }
    } finally {
      setSaving(false);
    }
  };

  return { form, record, loading, loadError, saving, error, submit, reload: load, leave, initialBody, editing: !!id };
}

type FormState<T extends SubjectView, V, C extends NewSubjectBody> = ReturnType<typeof useSubjectForm<T, V, C>>;

/** The page around a subject form: title, load/refusal states, the case-status notice, buttons. */
export function SubjectFormLayout<T extends SubjectView, V, C extends NewSubjectBody>({
  config,
  state,
  children,
}: {
  config: SubjectFormConfig<T, V, C>;
  state: FormState<T, V, C>;
  children: ReactNode;
}) {
  const reference = useReference();
  const { user } = useAuth();
  const { form, record, loading, loadError, saving, error, submit, reload, leave, editing } = state;
  const title = editing ? `编辑${config.title}${record ? ` ${record.code}` : ''}` : `新建${config.title}`;

  if (loadError) {
    return (
      <PageContainer title={title}>
        <Result
          status={loadError.status === 404 ? '404' : 'error'}
          title={loadError.status === 404 ? `${config.title}不存在` : '加载失败'}
          subTitle={loadError.message}
          extra={[
            <Button key="retry" onClick={() => void reload()}>
              重试
            </Button>,
            <Link key="list" to={`/${config.path}`}>
              返回{config.title}列表
            </Link>,
          ]}
        />
      </PageContainer>
    );
  }
  // Which statuses lock the survey facts comes from the api's lifecycle table (GET /api/reference).
  const locked = record?.caseStatus && reference.surveyLockedStatuses.includes(record.caseStatus);
  const readOnly = editing && record && !canWriteProject(user, record.projectCode);

  return (
    <PageContainer title={title} onBack={() => leave()}>
      {loading ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <Form<V>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          scrollToFirstError
          disabled={saving || !!readOnly}
          className="xj-subject-form"
        >
          {readOnly && <Alert type="warning" showIcon message="您只能查看该项目的数据，不能修改" style={{ marginBottom: 16 }} />}
          {locked && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={`该案件已处于“${labelOf(reference.caseStatuses, record.caseStatus)}”状态，摸底信息不能再修改`}
              description={`仍可修改${config.contactFieldLabels}；其他修改会被拒绝。`}
            />
          )}
          {record?.caseStatus === 'confirmed' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message="该案件已由西虹桥公司确认"
              description={`修改${config.contactFieldLabels}以外的摸底信息后，原确认失效，案件退回“已摸底”，需重新确认。`}
            />
          )}
          {error && (
            <Alert
              type={error.stale ? 'warning' : 'error'}
              showIcon
              style={{ marginBottom: 16 }}
              message={error.message}
              description={error.stale ? '保存前，其他人已修改了这条记录。请重新载入最新内容（您未保存的修改将丢失），再重新修改。' : undefined}
              action={
                error.stale ? (
                  <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()}>
                    重新载入
                  </Button>
                ) : undefined
              }
              data-testid="form-error"
            />
          )}
          {children}
          <Card className="xj-form-actions">
            <Space>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
                {editing ? '保存修改' : '保存'}
              </Button>
              <Button icon={<ArrowLeftOutlined />} onClick={() => leave()} disabled={false}>
                取消
              </Button>
            </Space>
          </Card>
        </Form>
      )}
    </PageContainer>
  );
}

/** A titled section of a subject form, its fields in a responsive grid. */
export function FormSection({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card title={title} extra={extra} size="small" className="xj-form-section">
      <Row gutter={16}>{children}</Row>
    </Card>
  );
}

/** A grid cell: full width on a phone, half on a tablet, a third on a desktop. */
export function Cell({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return wide ? <Col span={24}>{children}</Col> : <Col xs={24} md={12} xl={8}>{children}</Col>;
}

export const required = (message: string) => ({ required: true, whitespace: true, message });

/**
 * Project → parcel (of that project), and the subject's code. The project is fixed once the
 * subject exists; the choice offers only the projects the user may write.
 */
export function LocationFields({ form, editing, codeLabel, codePlaceholder }: { form: FormInstance; editing: boolean; codeLabel: string; codePlaceholder: string }) {
  const { user } = useAuth();
  const { projects, loading } = useProjects();
  const projectCode = Form.useWatch('projectCode', form) as string | undefined;
  const { options: parcelOptions, loading: parcelsLoading } = useParcels(projectCode);
  const projectOptions = useMemo(
    () => projects.filter((p) => editing || canWriteProject(user, p.code)).map((p) => ({ value: p.code, label: `${p.code} ${p.name}` })),
    [projects, editing, user],
  );
  return (
    <FormSection title="所在位置">
      <Cell>
        <Form.Item label="项目" name="projectCode" rules={[required('请选择项目')]} extra={editing ? '项目不可修改' : undefined}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="请选择项目"
            loading={loading}
            options={projectOptions}
            disabled={editing}
            onChange={() => form.setFieldValue('parcelCode', undefined)}
          />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item label="地块" name="parcelCode" rules={[required('请选择地块')]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={projectCode ? '请选择地块' : '请先选择项目'}
            disabled={!projectCode}
            loading={parcelsLoading}
            options={parcelOptions}
            notFoundContent={projectCode && !parcelsLoading ? '该项目还没有地块' : undefined}
          />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item label={codeLabel} name="code" rules={[required(`请输入${codeLabel}`)]}>
          <Input placeholder={codePlaceholder} maxLength={40} autoComplete="off" />
        </Form.Item>
      </Cell>
    </FormSection>
  );
}

/** The remarks every kind has. */
export function RemarksField() {
  return (
    <FormSection title="备注">
      <Cell wide>
        <Form.Item label="备注" name="remarks">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Cell>
    </FormSection>
  );
}

/** An area in square metres as text (exact decimals, no float rounding); the api checks the format. */
export function AreaInput({ unit = '㎡', ...props }: Omit<InputProps, 'onChange'> & { onChange?: (value: string) => void; unit?: string }) {
  return (
    <Input
      placeholder="如 120.50"
      {...props}
      onChange={(e) => props.onChange?.(e.target.value)}
      inputMode="decimal"
      addonAfter={unit || undefined}
      maxLength={16}
      autoComplete="off"
    />
  );
}
