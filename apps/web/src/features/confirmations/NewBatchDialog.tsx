import { Alert, Button, Form, Input, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { ConfirmationCandidateView } from '../../api/views';
import { FormDialog } from '../../lib/FormDialog';
import { PICKER_PAGE, usePicker } from '../../lib/use-picker';
import { listCandidates } from './confirmation-api';

type SubjectType = ConfirmationCandidateView['subjectType'];
const SUBJECT_TYPES: Array<{ value: SubjectType; label: string }> = [
  { value: 'household', label: '民房' },
  { value: 'enterprise', label: '企业' },
  { value: 'facility', label: '市政设施' },
  { value: 'legacy_base', label: '遗留基地' },
];

interface Props {
  open: boolean;
  project: string;
  projectLabel: string;
  onSubmit(caseIds: string[], note?: string): Promise<void>;
  onClose(): void;
}

/**
 * 新建确认批次: the project's 已摸底 cases not waiting in a batch, filtered by kind and parcel and read by code 50 at a
 * time (更多 reads on); the chosen ones are submitted to the company.
 */
export function NewBatchDialog({ open, project, projectLabel, onSubmit, onClose }: Props) {
  const [subjectType, setSubjectType] = useState<SubjectType | undefined>();
  const [parcel, setParcel] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const filters = { subjectType, parcel: parcel.trim() || undefined };
  const picker = usePicker<ConfirmationCandidateView>(open && project ? JSON.stringify([project, filters.subjectType, filters.parcel]) : null, (after) =>
    listCandidates(project, filters, after),
  );

  useEffect(() => {
    if (open) setSelected([]);
  }, [open]);

  return (
    <FormDialog<{ note?: string }>
      open={open}
      title={`新建确认批次 · ${projectLabel}`}
      okText={`提交确认（${selected.length} 件）`}
      width={880}
      testId="new-batch-dialog"
      note="选择“已摸底”且不在待确认批次中的案件。提交时系统保存各案件的摸底信息与测算快照及其哈希，提交后内容不可更改。"
      onClose={onClose}
      onSubmit={async (values) => {
        if (!selected.length) throw new Error('请至少选择 1 个案件');
        await onSubmit(selected, values.note?.trim() || undefined);
      }}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Select<SubjectType>
          allowClear
          style={{ width: 160 }}
          placeholder="征收对象类型"
          aria-label="征收对象类型"
          options={SUBJECT_TYPES}
          value={subjectType}
          onChange={(v) => setSubjectType(v)}
        />
        <Input.Search allowClear style={{ width: 200 }} placeholder="地块编号" aria-label="地块编号" onSearch={(v) => setParcel(v)} />
      </Space>
      {picker.error && <Alert type="error" showIcon message={picker.error} style={{ marginBottom: 12 }} />}
      <Table<ConfirmationCandidateView>
        size="small"
        rowKey="caseId"
        loading={picker.loading}
        dataSource={picker.rows}
        pagination={{ pageSize: 8, showSizeChanger: false, showTotal: (n) => (picker.hasMore ? `按编号已显示 ${n} 件，还有更多（可按类型、地块缩小范围）` : `共 ${n} 件`) }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        locale={{ emptyText: '没有可提交确认的案件' }}
        columns={[
          { title: '征收对象编号', dataIndex: 'subjectCode', width: 140 },
          { title: '被征收人', dataIndex: 'party' },
          { title: '类型', dataIndex: 'subjectTypeLabel', width: 90 },
          { title: '地块', dataIndex: 'parcelCode', width: 120 },
          { title: '状态', dataIndex: 'statusLabel', width: 80 },
        ]}
      />
      {picker.hasMore && (
        <Button size="small" loading={picker.loading} onClick={picker.more} data-testid="candidates-more">
          按编号再显示 {PICKER_PAGE} 件
        </Button>
      )}
      <Form.Item name="note" label="批次说明" style={{ marginTop: 12, marginBottom: 0 }} rules={[{ max: 500, message: '批次说明最多 500 个字' }]}>
        <Input placeholder="可不填，例如：二联村第一批已摸底民房" />
      </Form.Item>
    </FormDialog>
  );
}
