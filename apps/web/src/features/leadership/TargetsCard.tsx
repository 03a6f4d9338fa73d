import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, InputNumber, List, Progress, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT } from '../../lib/Attachments';
import { downloadAttachment, uploadAttachment } from '../../lib/attachments-api';
import { Link } from 'react-router-dom';
import type { TargetView } from '../../api/views';
import { formatDate, formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { addProgressEntry } from './leadership-api';

interface EntryValues {
  enteredOn: dayjs.Dayjs;
  value: number;
  note?: string;
}

/** 录入进展: a manual target's progress (date within the target's year, amount, note) and its evidence (佐证材料, a file checked by its bytes). */
function EntryDialog({ target, onClose, onSaved }: { target: TargetView | null; onClose(): void; onSaved(t: TargetView): void }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <FormDialog<EntryValues>
      open={!!target}
      title={`录入进展：${target?.name ?? ''}`}
      okText="保存"
      testId="entry-dialog"
      note={
        target
          ? `目标 ${target.targetValue} ${target.unit}，已完成 ${target.actual} ${target.unit}。本次录入的完成量累加到已完成中，并记入审计。`
          : undefined
      }
      onClose={() => {
        setFiles([]);
        onClose();
      }}
      onSubmit={async (v) => {
        const file = files[0]?.originFileObj as File | undefined;
        const evidence = file ? await uploadAttachment('annual_target', target!.id, file) : null;
        const saved = await addProgressEntry(target!.id, {
          enteredOn: formatPickedDate(v.enteredOn)!,
          value: String(v.value),
          note: v.note?.trim() || null,
          evidenceAttachmentId: evidence?.id ?? null,
        });
        setFiles([]);
        onSaved(saved);
      }}
    >
      <Form.Item name="enteredOn" label="进展日期" rules={[{ required: true, message: '请选择进展日期' }]}>
        <PastDatePicker />
      </Form.Item>
      <Form.Item name="value" label={`本次完成量（${target?.unit ?? ''}）`} rules={[{ required: true, message: '请填写完成量' }]}>
        <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label="说明">
        <Input.TextArea rows={2} maxLength={500} placeholder="例如：第二期职业技能培训结业" />
      </Form.Item>
      <Form.Item label="佐证材料" extra={ATTACHMENT_HINT}>
        <Upload
          accept={ATTACHMENT_ACCEPT}
          maxCount={1}
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList.slice(-1))}
          data-testid="evidence-upload"
        >
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  );
}

/** The year's targets with their progress bars; built-in figures open the households behind them, manual ones take progress. */
export function TargetsCard({ targets, canWrite, onChanged }: { targets: TargetView[]; canWrite: boolean; onChanged(): void }) {
  const [editing, setEditing] = useState<TargetView | null>(null);
  return (
    <Card title="年度目标（实事工程）" size="small" data-testid="targets-card">
      {targets.length === 0 ? (
        <Empty description="本年度尚未设定目标" />
      ) : (
        <List
          dataSource={targets}
          renderItem={(t) => {
            const last = t.entries[0];
            return (
              <List.Item
                key={t.id}
                data-testid={`target-${t.id}`}
                actions={
                  t.measure === 'manual' && canWrite
                    ? [
                        <Button key="entry" size="small" icon={<EditOutlined />} onClick={() => setEditing(t)}>
                          录入进展
                        </Button>,
                      ]
                    : []
                }
              >
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    {t.link ? <Link to={t.link}>{t.name}</Link> : <Typography.Text strong>{t.name}</Typography.Text>}
                    <Tag>{t.measure === 'manual' ? '手工录入' : '系统统计'}</Tag>
                  </Space>
                  <Progress
                    percent={Math.min(100, t.percent)}
                    format={() => `${t.percent}%`}
                    status={t.percent >= 100 ? 'success' : 'active'}
                  />
                  <Typography.Text type="secondary">
                    已完成 {t.actual} / {t.targetValue} {t.unit}，尚差 {t.remaining} {t.unit}
                    {last ? `；最近进展 ${formatDate(last.enteredOn)} +${last.value}${last.note ? `（${last.note}）` : ''}` : ''}
                  </Typography.Text>
                  {last?.evidenceAttachmentId && (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => void downloadAttachment({ id: last.evidenceAttachmentId!, fileName: `佐证材料-${t.name}` })}
                    >
                      查看佐证材料
                    </Button>
                  )}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      <EntryDialog
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </Card>
  );
}
