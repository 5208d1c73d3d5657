import { Injectable } from '@nestjs/common';
import type { UserDto } from '@regiokracht/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOne } from '../../database/sql';
import { hashPassword } from './passwords';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  password?: string | null;
  isAdmin?: boolean;
}

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  findById(id: string, manager: EntityManager = this.db.manager): Promise<UserEntity> {
    return manager.getRepository(UserEntity).findOneByOrFail({ id });
  }

  async create(manager: EntityManager, input: NewUser): Promise<UserEntity> {
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const repo = manager.getRepository(UserEntity);
    const user = repo.create({
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash,
      isAdmin: input.isAdmin ?? false,
      personId: null,
    });
    return repo.save(user);
  }

  /**
   * Locks the account row for a change of its credentials, so two links accepted at once (or a
   * link and a new membership) run one after the other; answers whether it has a password.
   */
  async lockCredentials(manager: EntityManager, userId: string): Promise<{ hasPassword: boolean }> {
    const row = await sqlOne<{ has_password: boolean }>(
      manager,
      'SELECT password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1 FOR UPDATE',
      [userId],
    );
    return { hasPassword: row?.has_password ?? false };
  }

  /** Stores a new password hash (hashed before the transaction: argon2 takes a while). */
  async setPasswordHash(
    manager: EntityManager,
    userId: string,
    passwordHash: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [userId, passwordHash],
    );
  }
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    personId: user.personId,
  };
}
