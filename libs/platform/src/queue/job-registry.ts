import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { declaredJobs, JOB_HANDLER_METADATA, JobClass, JobHandler } from './job.js';

export class JobRegistrationError extends Error {}

/**
 * Maps job names to their handlers. At start-up every declared job must have exactly one
 * handler, and every handler a declared job (Immich's rule); otherwise the process does not start.
 */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler<any>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<string, Array<{ name: string; instance: JobHandler<any> }>>();
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (!type || typeof type !== 'function' || !wrapper.instance) continue;
      const job = this.reflector.get<JobClass | undefined>(JOB_HANDLER_METADATA, type);
      if (!job) continue;
      const list = found.get(job.name) ?? [];
      if (!list.some((h) => h.instance === wrapper.instance)) list.push({ name: type.name, instance: wrapper.instance });
      found.set(job.name, list);
    }
    const declared = new Set(declaredJobs().map((j) => j.name));
    const problems: string[] = [];
    for (const name of declared) {
      const list = found.get(name) ?? [];
      if (list.length === 0) problems.push(`任务 ${name} 没有处理器 (no handler)`);
      if (list.length > 1) problems.push(`任务 ${name} 有多个处理器 (${list.map((h) => h.name).join(', ')})`);
    }
    for (const name of found.keys()) {
      if (!declared.has(name)) problems.push(`处理器对应的任务 ${name} 未声明 (declareJobs)`);
    }
    if (problems.length) throw new JobRegistrationError(`任务注册错误:\n${problems.join('\n')}`);
    for (const [name, list] of found) this.handlers.set(name, list[0]!.instance);
  }

  /** The one handler of a job name. */
  handlerFor(name: string): JobHandler<any> {
    const handler = this.handlers.get(name);
    if (!handler) throw new JobRegistrationError(`未知任务: ${name}`);
    return handler;
  }

  get jobNames(): string[] {
    return [...this.handlers.keys()];
  }
}
