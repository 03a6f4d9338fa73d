import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { LoginThrottle } from './login-throttle.entity.js';

/** Database access for failed-login counters. */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  find(username: string): Promise<LoginThrottle | null> {
    return this.connection.getRepository(LoginThrottle).findOneBy({ username });
  }

  /** The counters of several names (names without failures have none). */
  findMany(usernames: string[]): Promise<LoginThrottle[]> {
    return usernames.length ? this.connection.getRepository(LoginThrottle).findBy({ username: In(usernames) }) : Promise.resolve([]);
  }

  /**
   * Counts one more failure atomically and locks at `maxFailures`. Returns the new state.
   * Runs in its own transaction: the failed login's request rolls back, the count must stay.
   */
  recordFailure(username: string, maxFailures: number, lockMinutes: number): Promise<{ failures: number; lockedUntil: Date | null }> {
    return this.connection.independentTransaction(() => this.countFailure(username, maxFailures, lockMinutes));
  }

  private async countFailure(username: string, maxFailures: number, lockMinutes: number): Promise<{ failures: number; lockedUntil: Date | null }> {
    const rows: Array<{ failures: number; lockedUntil: Date | null }> = await this.connection.manager.query(
      `INSERT INTO login_throttle (username, failures, "lastFailureAt") VALUES ($1, 1, now())
       ON CONFLICT (username) DO UPDATE SET failures = login_throttle.failures + 1, "lastFailureAt" = now()
       RETURNING failures, "lockedUntil"`,
      [username],
    );
    const state = rows[0]!;
    if (state.failures >= maxFailures) {
      const lockedUntil = new Date(Date.now() + lockMinutes * 60_000);
      await this.connection.getRepository(LoginThrottle).update({ username }, { lockedUntil, failures: 0 });
      return { failures: state.failures, lockedUntil };
    }
    return state;
  }

  /** Clears the counter (successful login, or an admin unlocking the account). */
  async clear(username: string): Promise<void> {
    await this.connection.getRepository(LoginThrottle).delete({ username });
  }
}
