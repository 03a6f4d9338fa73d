import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Form, Select, Space, Switch, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { labelOf, useReference } from '../../lib/reference';
import type { ImportKind } from '../../api/views';
import { downloadTemplate, uploadImport } from './import-api';

/** The api's own limit (README “Excel import”); checked here too so a huge file is not sent in vain. */
const MAX_BYTES = 50 * 1024 * 1024;

interface Values {
  kind: ImportKind;
  dryRun: boolean;
}

/** Why a chosen file is refused before it is sent, or null when it may be uploaded. */
function localRefusal(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) return '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传';
  if (!name.endsWith('.xlsx')) return `只能上传 Excel 工作簿（.xlsx），“${file.name}”不是 .xlsx 文件`;
  if (file.size === 0) return '文件是空的，请重新选择文件上传';
  if (file.size > MAX_BYTES) return '文件超过 50 MB 的上限，请拆分后分批上传';
  return null;
}

/** Choose the kind, get its template, drop one .xlsx, optionally as a dry run, and send it. */
export function ImportUploadCard({ onUploaded }: { onUploaded: (id: string) => void }) {
  const reference = useReference();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('kind', form) ?? 'households') as ImportKind;
  const dryRun = !!Form.useWatch('dryRun', form);
  const [file, setFile] = useState<UploadFile | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [templateBusy, setTemplateBusy] = useState(false);
  const kindLabel = labelOf(reference.importKinds, kind);

  const getTemplate = async () => {
    setTemplateBusy(true);
    try {
      await downloadTemplate(kind);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setTemplateBusy(false);
    }
  };

  const submit = async (values: Values) => {
    const raw = file?.originFileObj;
    if (!raw) {
      setRefusal('请先选择要上传的 .xlsx 文件');
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      const id = await uploadImport(values.kind, !!values.dryRun, raw);
      setFile(null);
      message.success(values.dryRun ? '文件已上传，正在试运行（只校验不写入）' : '文件已上传，正在导入');
      onUploaded(id);
    } catch (e) {
      setRefusal(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="上传 Excel 文件" data-testid="import-upload">
      <Form form={form} layout="vertical" initialValues={{ kind: 'households', dryRun: false }} onFinish={submit} disabled={busy}>
        <Form.Item label="导入类型" htmlFor="import-kind" required>
          <Space.Compact block>
            <Form.Item name="kind" noStyle rules={[{ required: true, message: '请选择导入类型' }]}>
              <Select
                id="import-kind"
                options={reference.importKinds}
                loading={reference.importKinds.length === 0}
                style={{ flex: 1, minWidth: 0 }}
                onChange={() => setRefusal(null)}
              />
            </Form.Item>
            <Button icon={<DownloadOutlined />} loading={templateBusy} onClick={() => void getTemplate()} disabled={false}>
              下载模板
            </Button>
          </Space.Compact>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            请按“{kindLabel}”导入模板填写；表头上方可以有标题行，表头可带单位（如“（平方米）”）。
          </Typography.Text>
        </Form.Item>

        <Form.Item label="Excel 文件" htmlFor="import-file" required>
          <Upload.Dragger
            id="import-file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            multiple={false}
            fileList={file ? [file] : []}
            beforeUpload={(chosen) => {
              const reason = localRefusal(chosen);
              setRefusal(reason);
              if (reason) {
                setFile(null);
                return Upload.LIST_IGNORE;
              }
              setFile({ uid: chosen.uid, name: chosen.name, size: chosen.size, status: 'done', originFileObj: chosen });
              return false;
            }}
            onRemove={() => {
              setFile(null);
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">将 .xlsx 文件拖到此处，或点击选择文件</p>
            <p className="ant-upload-hint">每次一个文件，不超过 50 MB；只读取第一个工作表</p>
          </Upload.Dragger>
        </Form.Item>

        <Form.Item
          label="试运行（只校验不写入）"
          name="dryRun"
          valuePropName="checked"
          extra="打开后只校验数据并生成错误报告，不写入任何数据"
        >
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>

        {refusal && (
          <Alert
            type="error"
            showIcon
            message="文件未被接受"
            description={refusal}
            style={{ marginBottom: 16 }}
            data-testid="import-refusal"
            closable
            onClose={() => setRefusal(null)}
          />
        )}

        <Button type="primary" htmlType="submit" loading={busy} disabled={!file}>
          {dryRun ? '开始试运行' : '开始导入'}
        </Button>
      </Form>
    </Card>
  );
}
