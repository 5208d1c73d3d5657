import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Role } from '@regiokracht/shared';

@Entity('membership')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'coalition_id', primary: true })
  coalitionId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  role: Role;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  /** What the coordinator typed when adding an existing account; shown until the person signs in. */
  @Column('text', { name: 'invited_name', nullable: true })
  invitedName: string | null;

  @Column('text', { name: 'invited_email', nullable: true })
  invitedEmail: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}
