import { Column, Entity, OneToMany } from 'typeorm';
import { type Role, VersionedEntity } from '@app/platform';
import { UserProject } from './user-project.entity.js';

/** A person who logs in: a civil servant or the company's liaison. */
@Entity('app_user')
export class User extends VersionedEntity {
  /** Login name, stored lowercase. */
  @Column({ type: 'varchar', length: 50, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  /** argon2id hash. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20, array: true, default: '{}' })
  roles: Role[];

  /** The assigned projects (ids only: codes come from the land library through `PROJECT_DIRECTORY`). */
  @OneToMany(() => UserProject, (assignment) => assignment.user)
  projects?: UserProject[];

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** Set for users an admin created or reset: they must choose their own password first. */
  @Column({ type: 'boolean', default: true })
  mustChangePassword: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
