import { Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from './user.entity.js';

/**
 * A project assigned to a user. Identity keeps the project's id only; its code comes from the land
 * library through `PROJECT_DIRECTORY`. The foreign key names the `project` table, not land's entity,
 * so identity does not depend on land.
 */
@Entity('user_project')
export class UserProject {
  @PrimaryColumn({ type: 'uuid' })
  @Index()
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  @ForeignKey('project', { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  projectId: string;

  // Relation<>: User and this entity import each other; under ESM a bare `User` type here would be
  // read (for decorator metadata) before user.entity.js has finished loading.
  @ManyToOne(() => User, (user) => user.projects, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;
}
