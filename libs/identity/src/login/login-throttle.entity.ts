import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Consecutive failed logins per username — kept for names that do not exist too, so the
 * lockout answer never tells whether an account exists.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;
}
