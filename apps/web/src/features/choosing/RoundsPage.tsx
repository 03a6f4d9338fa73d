import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { ChoosingBaseView, ChoosingRoundView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatDateTime } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { useProjectOptions } from '../admin/use-project-options';
import { listBases, listRounds, publishRound } from './choosing-api';

interface PublishValues {
  baseId: string;
  projectCodes: string[];
  seed?: string;
}

export function RoundStatusTag({ round }: { round: Pick<ChoosingRoundView, 'status' | 'statusLabel'> }) {
  return <Tag color={round.status === 'published' ? 'green' : 'default'}>{round.statusLabel}</Tag>;
}

/** 选房: the rounds (newest first) and, for officers, publishing a new one with its seed fixed before anyone chooses. */
export function RoundsPage() {
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? '';
  const [rounds, setRounds] = useState<ChoosingRoundView[] | null>(null);
  const [bases, setBases] = useState<ChoosingBaseView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const canWrite = hasRole('officer', 'admin');

  const load = useCallback(async () => {
    try {
      setRounds(await listRounds(project || undefined));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [project]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    listBases().then(setBases, () => setBases([]));
  }, []);

  return (
    <PageContainer
      title="选房"
      subTitle="按签约顺序号选房，同号按公布的种子排序，任何人可复核"
      extra={[
        <Select
          key="project"
          allowClear
          placeholder="全部项目"
          style={{ width: 220 }}
          value={project || undefined}
          options={projects.options}
          onChange={(v?: string) => setParams(v ? { project: v } : {}, { replace: true })}
        />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        canWrite ? (
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)}>
            公布选房顺序
          </Button>
        ) : null,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<ChoosingRoundView>
        rowKey="id"
        loading={rounds === null && !error}
        dataSource={rounds ?? []}
        pagination={false}
        data-testid="choosing-rounds"
        columns={[
          { title: '轮次', dataIndex: 'number', render: (n: string, r) => <Link to={`/choosing/${r.id}`}>{n}</Link> },
          { title: '安置基地', dataIndex: 'baseName' },
          { title: '参加项目', dataIndex: 'projectCodes', render: (codes: string[]) => codes.join('、') },
          { title: '种子', dataIndex: 'seed', render: (s: string) => <Typography.Text code>{s.length > 20 ? `${s.slice(0, 20)}…` : s}</Typography.Text> },
          { title: '排序算法', dataIndex: 'algorithm' },
          { title: '状态', dataIndex: 'status', render: (_: unknown, r) => <RoundStatusTag round={r} /> },
          { title: '公布时间', dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v) },
          { title: '公布人', dataIndex: 'publishedBy' },
        ]}
      />
      <FormDialog<PublishValues>
        open={publishing}
        title="公布选房顺序"
        okText="公布"
        testId="publish-round-dialog"
        note="参加的是所选项目中已签约、尚未分配安置房的产权调换户。顺序按签约顺序号从小到大；不同项目签约顺序号相同的，按公布的种子计算的哈希值排序。种子一经公布不能更改。"
        initialValues={{ projectCodes: project ? [project] : [] }}
        onClose={() => setPublishing(false)}
        onSubmit={async (v) => {
          const round = await publishRound({ baseId: v.baseId, projectCodes: v.projectCodes, seed: v.seed?.trim() || undefined });
          message.success(`已公布 ${round.number}，共 ${round.entries.length} 户`);
          setPublishing(false);
          navigate(`/choosing/${round.id}`);
        }}
      >
        <Form.Item name="baseId" label="安置基地" rules={[{ required: true, message: '请选择安置基地' }]}>
          <Select
            options={bases.map((b) => ({ value: b.id, label: `${b.name}（${b.stageLabel}，可选 ${b.available} 套）`, disabled: b.available === 0 }))}
            placeholder="选择安置基地"
          />
        </Form.Item>
        <Form.Item name="projectCodes" label="参加项目" rules={[{ required: true, message: '请选择参加选房的项目' }]}>
          <Select mode="multiple" options={projects.options} placeholder="选择项目" />
        </Form.Item>
        <Form.Item
          name="seed"
          label="种子（可选）"
          extra="可填写公开的号码（如当期福利彩票开奖号码）；不填则由系统生成 32 字节随机数。"
          rules={[{ pattern: /^[0-9A-Za-z_-]{1,128}$/, message: '种子只能由 1–128 位字母、数字、“-”或“_”组成' }]}
        >
          <Input maxLength={128} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
