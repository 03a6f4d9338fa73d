import { ApiProperty } from '@nestjs/swagger';

/** Shown wherever work waits for the queue when no process consumes it. */
export const NO_CONSUMER_WARNING =
  '当前没有运行中的任务处理进程，导入导出将排队等待；请启动 worker（npm run start:worker）或设置 QUEUE_CONSUMER';

/** How many processes consume the job queue right now (BullMQ's worker list, on Redis or PostgreSQL). */
export class QueueConsumersView {
  @ApiProperty({ type: 'integer', nullable: true, description: '运行中的任务处理进程数；队列无法连接时为 null', example: 1 })
  consumers: number | null;

  @ApiProperty({ type: 'string', nullable: true, description: '没有处理进程时的中文提示（导入导出将排队等待），否则为 null' })
  consumerWarning: string | null;
}

/** The consumer count as the api answers it, with the warning when it is zero. */
export function queueConsumersView(consumers: number | null): QueueConsumersView {
  return { consumers, consumerWarning: consumers === 0 ? NO_CONSUMER_WARNING : null };
}
