import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { errorMessage } from '../api/client';

/** Why something could not be loaded (the api's Chinese message), with 重试. */
export function RetryAlert({ message, error, onRetry, style }: { message: string; error: unknown; onRetry: () => void; style?: CSSProperties }) {
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      message={message}
      description={errorMessage(error)}
      action={
        <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
