import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('uuid', { name: 'coalition_id' })
  coalitionId: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  /** Set when the account got a password or another coalition added it: the link no longer works. */
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  /** Sent to the address itself rather than handed to the coordinator. */
  @Column('boolean', { default: false })
  mailed: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
