import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { User } from './user.entity.js';

/** Database access for users and their project assignments. */
@Injectable()
export class UserRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(User);
  }

  findByUsername(username: string): Promise<User | null> {
    return this.repo.findOne({ where: { username: username.toLowerCase() }, relations: { projects: true } });
  }

  findById(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id }, relations: { projects: true } });
  }

  save(user: Partial<User>): Promise<User> {
    return this.repo.save(this.repo.create(user));
  }

  async recordLogin(id: string): Promise<void> {
    await this.repo.update({ id }, { lastLoginAt: new Date() });
  }

  async setPassword(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await this.repo.update({ id }, { passwordHash, mustChangePassword, passwordChangedAt: new Date() });
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}
