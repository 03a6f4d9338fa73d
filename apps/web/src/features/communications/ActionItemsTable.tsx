import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Form, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ActionItemView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate, formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { updateActionItem } from './communication-api';
import { mayUpdate } from './side';

interface Props {
  items: ActionItemView[];
  /** Re-read after an item changed. */
  onChanged(): void;
  /** Show the project and the communication each item came from (the overdue list across projects). */
  withSource?: boolean;
  loading?: boolean;
  testId?: string;
}

/** Action items (落实事项): what, whose, by when, overdue or done; the owning side marks one done or opens it again. */
export function ActionItemsTable({ items, onChanged, withSource = false, loading = false, testId }: Props) {
  const { user } = useAuth();
  const { message } = App.useApp();
  const [closing, setClosing] = useState<ActionItemView | null>(null);

  const reopen = async (item: ActionItemView) => {
    try {
      await updateActionItem(item, 'open');
      message.success('事项已重新打开');
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const columns: ColumnsType<ActionItemView> = [
    ...(withSource
      ? [
          { title: '项目', dataIndex: 'projectCode', width: 80 },
          { title: '所属沟通', dataIndex: 'communicationSubject', width: 200, ellipsis: true },
        ]
      : []),
    { title: '事项', dataIndex: 'content' },
    {
      title: '责任方',
      dataIndex: 'ownerSideLabel',
      width: 110,
      render: (v: string, i) => <Tag color={i.ownerSide === 'company' ? 'purple' : 'blue'}>{v}</Tag>,
    },
    { title: '责任人', dataIndex: 'owner', width: 90 },
    {
      title: '完成期限',
      dataIndex: 'dueOn',
      width: 190,
      render: (v: string, i) => (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(v)}
          {i.overdue && <Tag color="red">逾期 {i.daysOverdue} 天</Tag>}
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'statusLabel',
      width: 150,
      render: (v: string, i) =>
        i.status === 'done' ? (
          <Typography.Text type="success">
            {v}（{formatDate(i.doneOn)}）
          </Typography.Text>
        ) : (
          v
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, i) =>
        user && mayUpdate(user, i.ownerSide) ? (
          i.status === 'open' ? (
            <Button size="small" type="link" icon={<CheckOutlined />} onClick={() => setClosing(i)}>
              标记完成
            </Button>
          ) : (
            <Button size="small" type="link" icon={<UndoOutlined />} onClick={() => void reopen(i)}>
              重新打开
            </Button>
          )
        ) : null,
    },
  ];

  return (
    <>
      <Table<ActionItemView>
        data-testid={testId}
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={items}
        columns={columns}
        rowClassName={(i) => (i.overdue ? 'xj-row-overdue' : '')}
        locale={{ emptyText: '没有落实事项' }}
      />
      <FormDialog<{ doneOn: Dayjs }>
        open={closing !== null}
        title="标记事项已完成"
        okText="确认完成"
        testId="close-item-dialog"
        note={closing && <Typography.Text>{closing.content}</Typography.Text>}
        initialValues={{ doneOn: dayjs() }}
        onClose={() => setClosing(null)}
        onSubmit={async (values) => {
          await updateActionItem(closing!, 'done', formatPickedDate(values.doneOn) ?? undefined);
          message.success('事项已标记完成');
          setClosing(null);
          onChanged();
        }}
      >
        <Form.Item name="doneOn" label="完成日期" rules={[{ required: true, message: '请选择完成日期' }]}>
          <PastDatePicker />
        </Form.Item>
      </FormDialog>
    </>
  );
}
