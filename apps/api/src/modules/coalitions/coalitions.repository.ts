import { type CoalitionDto, CoalitionErrorCode, type Role } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { AuditedWriter } from '../../common/db/audited-write';
import { notFound } from '../../common/errors/conflict';
import { sqlRows } from '../../database/sql';
import { CoalitionEntity } from './coalition.entity';

/**
 * The coalition table (name, region, themes, settings): every read and write of it. Stateless,
 * shared by the service and the seed.
 */
export class CoalitionsRepository {
  /** The coalition is its own tenant: versioned by `id`. */
  readonly writes = new AuditedWriter<CoalitionDto>({
    table: 'coalition',
    tenantColumn: 'id',
    entityType: 'coalition',
    label: 'Coalition',
    codes: CoalitionErrorCode,
  });

  /** Live coalitions the user is a member of (every one for an installation admin), by name. */
  async listForUser(
    manager: EntityManager,
    user: { id: string; isAdmin: boolean },
  ): Promise<{ entity: CoalitionEntity; role: Role | null }[]> {
    const rows = await sqlRows<{ id: string; role: Role | null }>(
      manager,
      `SELECT c.id, m.role
         FROM coalition c
         LEFT JOIN membership m ON m.coalition_id = c.id AND m.user_id = $1 AND m.deleted_at IS NULL
        WHERE c.deleted_at IS NULL AND (m.id IS NOT NULL OR $2::boolean)
        ORDER BY c.name`,
      [user.id, user.isAdmin],
    );
    if (rows.length === 0) return [];
    const entities = await manager
      .getRepository(CoalitionEntity)
      .find({ where: rows.map((r) => ({ id: r.id })) });
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows.map((r) => ({ entity: byId.get(r.id)!, role: r.role }));
  }

  async find(manager: EntityManager, id: string): Promise<CoalitionEntity> {
    const entity = await manager.getRepository(CoalitionEntity).findOneBy({ id });
    if (!entity) throw notFound('Coalition', CoalitionErrorCode.NOT_FOUND);
    return entity;
  }

  insert(
    manager: EntityManager,
    values: Pick<CoalitionEntity, 'name' | 'region' | 'description' | 'themes' | 'settings'>,
  ): Promise<CoalitionEntity> {
    const repo = manager.getRepository(CoalitionEntity);
    return repo.save(repo.create(values));
  }
}

export const coalitionsRepository = new CoalitionsRepository();
