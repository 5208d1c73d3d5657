import type { HandoverDto } from '@regiokracht/shared';
import type request from 'supertest';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { buildOrganisation, buildPerson } from '../builders/domain.builder';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';
import { onRealPostgres } from '../utils/test-database';

const itOnPostgres = onRealPostgres ? it : it.skip;
const REQUESTS = 20;

describe('handover completion racing assignments to the departing person', () => {
  let t: TestApp | undefined;

  afterAll(() => t?.close());

  itOnPostgres(
    'leaves no open item with the departing person: each assignment lands before completion and is moved, or is refused (real PostgreSQL only: PGlite is one session, nothing would run concurrently)',
    async () => {
      t = await createTestApp();
      const db = t.db;
      const { coalition, coordinator, member } = await buildCoalitionWithStaff(db);
      const cid = coalition.id;
      const api = `/api/coalitions/${cid}`;
      const organisation = await buildOrganisation(db, cid);
      const departing = await buildPerson(db, cid, {
        name: 'Henk Smits',
        status: 'leaving',
        leavingOn: '2026-05-01',
      });
      const successor = await buildPerson(db, cid, { name: 'Fatima el Amrani' });
      const holder = await buildPerson(db, cid, { name: 'Kees Verhoef' });
      await db.query(
        `INSERT INTO action_item (coalition_id, title, owner_id, organisation_id)
         SELECT $1, 'Held ' || n, $2, $3 FROM generate_series(1, 3) AS n`,
        [cid, departing.id, organisation.id],
      );
      const toReassign = await sqlRows<{ id: string; version: number }>(
        db.manager,
        `INSERT INTO action_item (coalition_id, title, owner_id, organisation_id)
         SELECT $1, 'Reassign ' || n, $2, $3 FROM generate_series(1, $4::int) AS n RETURNING id, version`,
        [cid, holder.id, organisation.id, REQUESTS / 2],
      );
      const editor = await t.login(member.email);
      const completer = await t.login(coordinator.email);

      let handover: HandoverDto = (
        await completer
          .post(`${api}/handovers`)
          .send({ departingPersonId: departing.id })
          .expect(201)
      ).body;
      handover = (
        await completer
          .patch(`${api}/handovers/${handover.id}`)
          .send({ version: handover.version, defaultSuccessorId: successor.id })
          .expect(200)
      ).body;

      // Completion holds the departing person's row lock a little longer here, so that requests
      // arriving meanwhile really queue up behind it.
      await db.query(`
        CREATE FUNCTION test_slow_completion() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(0.5); RETURN NEW; END $$;
        CREATE TRIGGER test_slow_completion BEFORE UPDATE ON handover FOR EACH ROW
          WHEN (OLD.status = 'draft' AND NEW.status = 'completed') EXECUTE FUNCTION test_slow_completion();`);

      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      let reassigned = 0;
      // Even requests create a new item for the departing person, odd ones reassign an existing one.
      const assign = async (i: number): Promise<{ res: request.Response; itemId: string }> => {
        if (i % 2 === 0) {
          const res = await editor
            .post(`${api}/action-items`)
            .send({ title: `Race ${i}`, ownerId: departing.id });
          return { res, itemId: res.body.id };
        }
        const item = toReassign[reassigned++];
        const res = await editor
          .patch(`${api}/action-items/${item.id}`)
          .send({ version: item.version, ownerId: departing.id });
        return { res, itemId: item.id };
      };

      // Completion refuses while new items wait for review; the coordinator reviews and retries.
      const completion = async (): Promise<HandoverDto> => {
        for (let attempt = 0; attempt < 60; attempt += 1) {
          const res = await completer.post(`${api}/handovers/${handover.id}/complete`);
          if (res.status === 200) return res.body;
          expect(res.status).toBe(409);
          const draft: HandoverDto = (
            await completer.get(`${api}/handovers/${handover.id}`).expect(200)
          ).body;
          const review = draft.items
            .filter((i) => i.state === 'needs_review')
            .map((i) => ({ id: i.id }));
          await completer
            .patch(`${api}/handovers/${handover.id}`)
            .send({ version: draft.version, items: review })
            .expect(200);
        }
        throw new Error('completion never got through');
      };

      // Second wave: fired while a completion is inside its transaction, holding the row lock.
      const whileCompleting = async () => {
        for (let waited = 0; waited < 10_000; waited += 5) {
          const sleeping = await sqlOne<{ n: string }>(
            db.manager,
            `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`,
          );
          if (Number(sleeping!.n) > 0)
            return Promise.all(
              Array.from({ length: REQUESTS / 2 }, (_, i) => assign(REQUESTS / 2 + i)),
            );
          await pause(5);
        }
        throw new Error('completion never took the lock');
      };

      const [firstWave, completed, secondWave] = await Promise.all([
        Promise.all(Array.from({ length: REQUESTS / 2 }, (_, i) => assign(i))),
        completion(),
        whileCompleting(),
      ]);
      await db.query(
        `DROP TRIGGER test_slow_completion ON handover; DROP FUNCTION test_slow_completion();`,
      );
      const results = [...firstWave, ...secondWave];

      const stillHeld = await sqlOne<{ n: string }>(
        db.manager,
        `SELECT count(*) AS n FROM action_item
          WHERE coalition_id = $1 AND owner_id = $2 AND deleted_at IS NULL AND status IN ('open', 'in_progress', 'blocked')`,
        [cid, departing.id],
      );
      expect(Number(stillHeld!.n)).toBe(0);

      const succeeded = results.filter((r) => r.res.status === 200 || r.res.status === 201);
      const refused = results.filter((r) => r.res.status === 409);
      expect(succeeded.length + refused.length).toBe(REQUESTS);
      for (const { res } of refused) {
        expect(res.body.message).toBe(
          `Henk Smits has handed over to Fatima el Amrani; assign Fatima el Amrani instead`,
        );
        expect(res.body.successorId).toBe(successor.id);
      }
      const moved = new Set(
        completed
          .report!.transfers.filter((t) => t.itemType === 'action_item')
          .map((t) => t.itemId),
      );
      const owners = await sqlRows<{ id: string; owner_id: string }>(
        db.manager,
        `SELECT id, owner_id FROM action_item WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
        [cid, succeeded.map((r) => r.itemId)],
      );
      expect(owners.every((o) => o.owner_id === successor.id)).toBe(true);
      expect(succeeded.every((r) => moved.has(r.itemId))).toBe(true);
      // The three items held from the start moved too, each with its transfer in the audit log.
      expect(moved.size).toBe(3 + succeeded.length);
      const transfers = await sqlOne<{ n: string }>(
        db.manager,
        `SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1 AND action = 'transfer' AND entity_type = 'action_item'`,
        [cid],
      );
      expect(Number(transfers!.n)).toBe(moved.size);
      // Refused reassignments left their items with the previous owner.
      const untouched = await sqlRows<{ owner_id: string }>(
        db.manager,
        `SELECT owner_id FROM action_item WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
        [
          cid,
          refused.filter((r) => toReassign.some((i) => i.id === r.itemId)).map((r) => r.itemId),
        ],
      );
      expect(untouched.every((o) => o.owner_id === holder.id)).toBe(true);
      // Those that queued behind the completing transaction were all refused once it committed.
      expect(secondWave.every((r) => r.res.status === 409)).toBe(true);
    },
  );
});
