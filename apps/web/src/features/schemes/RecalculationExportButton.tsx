import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { usePolled } from '../../lib/use-polled';
import { downloadExport, getExport, isActive } from '../exports/export-api';
import { requestDiffExport } from './recalculation-api';

/**
 * 导出差异表: requests the 重新测算差异表 export, follows it while it is written, then offers 下载
 * (the file also stays on the 导出 screen).
 */
export function RecalculationExportButton({ runId, disabled }: { runId: string; disabled: boolean }) {
  const { message } = App.useApp();
  const [exportId, setExportId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { value: batch, error } = usePolled(exportId, getExport, isActive, 1000);

  useEffect(() => {
    if (batch?.status === 'failed') message.error(batch.message ?? '差异表导出失败，请重试');
  }, [batch, message]);
  useEffect(() => {
    if (error) message.error(errorMessage(error));
  }, [error, message]);

  const request = async () => {
    setBusy(true);
    try {
      setExportId(await requestDiffExport(runId));
      message.info('差异表正在后台生成，完成后可在此下载，也可在“导出”页面下载');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setBusy(true);
    try {
      await downloadExport(batch!.id);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (batch?.status === 'succeeded') {
    return (
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void save()} data-testid="recalculation-download">
        下载差异表
      </Button>
    );
  }
  const writing = !!exportId && (!batch || isActive(batch));
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy || writing}
      disabled={disabled}
      onClick={() => void request()}
      data-testid="recalculation-export"
    >
      {writing ? '差异表生成中' : '导出差异表'}
    </Button>
  );
}
