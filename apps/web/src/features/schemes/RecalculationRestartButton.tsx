import { ReloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { startRecalculation } from './recalculation-api';

/** 重新发起: a new preview of the same (published) version, opened at once. */
export function RecalculationRestartButton({ schemeVersionId }: { schemeVersionId: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const restart = async () => {
    setBusy(true);
    try {
      const run = await startRecalculation(schemeVersionId);
      navigate(`/admin/recalculations/${run.id}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" type="primary" icon={<ReloadOutlined />} loading={busy} onClick={() => void restart()}>
      重新发起
    </Button>
  );
}
