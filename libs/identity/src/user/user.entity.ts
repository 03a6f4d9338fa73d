import { Column, Entity, JoinTable, ManyToMany } from 'typeorm';
import { Project } from '@app/land';
import { type Role, VersionedEntity } from '@app/platform';

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

  @ManyToMany(() => Project)
  @JoinTable({ name: 'user_project', joinColumn: { name: 'userId' }, inverseJoinColumn: { name: 'projectId' } })
  projects?: Project[];

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
