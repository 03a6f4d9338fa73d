import { Card, Skeleton } from 'antd';
import { useEffect, useRef, type RefObject } from 'react';
import type { BatchStatus } from '../api/views';
import { RetryAlert } from './retry-alert';
import { usePolled } from './use-polled';

/** What an import or export batch reports while it runs. */
export interface BatchProgress {
  id: string;
  status: BatchStatus;
  /** Null until an export knows its row count. */
  total: number | null;
  processed: number;
}

/** Whole percent done; 100 once finished (a failed job keeps where it stopped). */
export function percentOf(b: BatchProgress): number {
  if (b.status === 'succeeded') return 100;
  if (!b.total) return 0;
  return Math.min(100, Math.floor((b.processed / b.total) * 100));
}

/** The progress bar's look for a batch's status. */
export function progressStatus(b: BatchProgress): 'exception' | 'success' | 'active' | 'normal' {
  return b.status === 'failed' ? 'exception' : b.status === 'succeeded' ? 'success' : b.status === 'running' ? 'active' : 'normal';
}

/**
 * Follows one import or export batch for its card: polls it while it runs, tells the page every
 * answer (`onChange`) and, once, that the batch it saw running has finished (`onFinished`, so the
 * list shows the final counts), and scrolls the card into view when another batch is chosen (on a
 * narrow screen it sits below the form or far above the list row clicked).
 */
export function useWatchedBatch<B extends BatchProgress>(
  id: string,
  load: (id: string) => Promise<B>,
  isActive: (batch: B) => boolean,
  onChange: (batch: B) => void,
  onFinished: (batch: B) => void,
): { batch: B | null; error: unknown; restart(): void; cardRef: RefObject<HTMLDivElement> } {
  const { value: batch, error, restart } = usePolled(id, load, isActive);
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    cardRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [id]);

  const seenActive = useRef<string | null>(null);
  useEffect(() => {
    if (!batch) return;
    onChange(batch);
    if (isActive(batch)) seenActive.current = batch.id;
    else if (seenActive.current === batch.id) {
      seenActive.current = null;
      onFinished(batch);
    }
  }, [batch, isActive, onChange, onFinished]);
  return { batch, error, restart, cardRef };
}

/** The card before the batch's first answer: a skeleton, or why it cannot be read with 重试. */
export function BatchLoadingCard({
  title,
  what,
  testId,
  error,
  restart,
  cardRef,
  rows,
}: {
  title: string;
  /** e.g. 导入进度, in 无法读取导入进度. */
  what: string;
  testId: string;
  error: unknown;
  restart(): void;
  cardRef: RefObject<HTMLDivElement>;
  rows: number;
}) {
  return (
    <Card title={title} ref={cardRef} data-testid={testId}>
      {error ? (
        <RetryAlert message={`无法读取${what}`} error={error} onRetry={restart} />
      ) : (
        <Skeleton active paragraph={{ rows }} />
      )}
    </Card>
  );
}
