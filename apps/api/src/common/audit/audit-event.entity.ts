import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@regiokracht/shared';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'coalition_id', primary: true })
  coalitionId: string;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Column('uuid', { name: 'entity_id' })
  entityId: string;

  @Column('text')
  action: AuditAction;

  @Column('jsonb', { nullable: true })
  changes: AuditChanges | null;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
