import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';
import type { AttachmentView } from '../api/views';
import { downloadAttachment, listAttachments, uploadAttachment, type AttachmentOwnerType } from './attachments-api';
import { formatDateTime } from './format';

/** What the api accepts (it checks the bytes; this only narrows the file picker). */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.xlsx,.docx';
export const ATTACHMENT_HINT = '仅限 PDF、JPG、PNG、Excel（.xlsx）、Word（.docx），单个文件不超过 20 MB';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A record's attachments: each downloadable under its name; an upload button for those who may attach. */
export function Attachments({ ownerType, ownerId, canUpload, initial }: { ownerType: AttachmentOwnerType; ownerId: string; canUpload: boolean; initial?: AttachmentView[] }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<AttachmentView[]>(initial ?? []);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setItems(await listAttachments(ownerType, ownerId));
    } catch (e) {
      message.error(errorMessage(e));
    }
  }, [ownerType, ownerId, message]);

  useEffect(() => {
    if (!initial) void load();
  }, [initial, load]);

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="attachments">
      {items.length > 0 && (
        <List
          size="small"
          dataSource={items}
          renderItem={(a) => (
            <List.Item key={a.id}>
              <Space size={8} wrap>
                <PaperClipOutlined />
                <Typography.Link onClick={() => void downloadAttachment(a).catch((e: unknown) => message.error(errorMessage(e)))}>{a.fileName}</Typography.Link>
                <Typography.Text type="secondary">
                  {size(a.size)}，{a.uploadedBy} 上传于 {formatDateTime(a.uploadedAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {items.length === 0 && <Typography.Text type="secondary">暂无附件</Typography.Text>}
      {canUpload && (
        <Space size={8} wrap>
          <Upload
            accept={ATTACHMENT_ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              setBusy(true);
              uploadAttachment(ownerType, ownerId, file)
                .then(async () => {
                  message.success(`已上传 ${file.name}`);
                  await load();
                })
                .catch((e: unknown) => message.error(errorMessage(e)))
                .finally(() => setBusy(false));
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy}>
              上传附件
            </Button>
          </Upload>
          <Typography.Text type="secondary">{ATTACHMENT_HINT}</Typography.Text>
        </Space>
      )}
    </Space>
  );
}
