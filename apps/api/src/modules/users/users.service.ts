import { Injectable } from '@nestjs/common';
import type { UserDto } from '@regiokracht/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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

  findById(id: string): Promise<UserEntity> {
    return this.db.manager.getRepository(UserEntity).findOneByOrFail({ id });
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

  async setPassword(manager: EntityManager, userId: string, password: string): Promise<void> {
    await manager.update(
      UserEntity,
      { id: userId },
      { passwordHash: await hashPassword(password) },
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
