import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import { usePolled } from './use-polled';

export type QueueConsumers = components['schemas']['QueueConsumersView'];

const REFRESH_MS = 10_000;
const loadConsumers = () => call<QueueConsumers>(api.GET('/api/queue/consumers'));

/** The api's Chinese warning that no process consumes the queue (imports and exports then only wait). */
export function NoConsumerAlert({ warning, style }: { warning: string | null | undefined; style?: CSSProperties }) {
  if (!warning) return null;
  return <Alert type="warning" showIcon message="后台任务暂不会执行" description={warning} style={style} data-testid="queue-no-consumer" />;
}

/** Asks every 10 s whether anything consumes the queue, and warns while nothing does (import and export screens). */
export function QueueConsumersAlert({ style }: { style?: CSSProperties }) {
  const { value } = usePolled('consumers', loadConsumers, () => true, REFRESH_MS);
  return <NoConsumerAlert warning={value?.consumerWarning} style={style} />;
}
