import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import type { ProjectStatus } from '../domain/land-status.js';

/** 征收项目: a named expropriation project, e.g. 轨交17号线. */
@Entity('project')
export class Project extends VersionedEntity {
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 区域, e.g. 两线一圈. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  zone: string | null;

  /** 收储/实施单位: normally 西虹桥公司. */
  @Column({ type: 'varchar', length: 100 })
  acquirer: string;

  @Column({ type: 'varchar', length: 20, default: 'preparing' })
  status: ProjectStatus;

  @Column({ type: 'date', nullable: true })
  plannedStartOn: string | null;

  @Column({ type: 'date', nullable: true })
  plannedEndOn: string | null;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;
}
