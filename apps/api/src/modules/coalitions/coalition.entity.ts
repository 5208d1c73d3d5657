import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { CoalitionSettings } from '@regiokracht/shared';

@Entity('coalition')
export class CoalitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  region: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('jsonb', { default: () => "'[]'::jsonb" })
  themes: string[];

  /** Only the parameters that differ from the defaults are stored; see coalition.mapper.ts. */
  @Column('jsonb', { default: () => "'{}'::jsonb" })
  settings: Partial<CoalitionSettings>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}
