import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Announcement,
  type AnnouncementBody,
  type AnnouncementList,
  type BoardPhoto,
  type BoardSnapshot,
  type ApiErrorBody,
  type MethodUpdatedEvent,
  type Roadmap,
} from '@tavla/shared';
import { exampleGoalInput } from '@tavla/shared/testing/fixtures';
import { DEFAULT_RATE_LIMITS } from '../../http/rate-limits.js';
import type { BoardChange } from '../../lib/change-feed.js';
import { joinPhone, manualClock, testApp } from '../../test-support/test-app.js';
import { methodFixture, type MethodFixture } from '../../test-support/method-fixture.js';
import type { BoardRow } from '../boards/board-repository.js';

const clock = manualClock();
let fx: MethodFixture;
let jpeg: Buffer;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  // The burst below joins dozens of phones from one address.
  fx = await methodFixture({
    clock,
    rateLimits: { ...DEFAULT_RATE_LIMITS, newDevice: [{ max: 100_000, windowMs: 60_000 }] },
  });
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: 'blue' } })
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await fx.app.close();
});

const url = (board: BoardRow, rest = '') => `/api/boards/${board.id}/announcements${rest}`;

const ROUTINE: AnnouncementBody = {
  kind: 'routine',
  title: 'Close the freezer door',
  text: 'The new sliding doors close by themselves. Never prop them open.',
  photoId: null,
  goalId: null,
  requiresAck: true,
  pinnedDays: 7,
};

async function publish(board: BoardRow, body: Partial<AnnouncementBody> = {}) {
  const response = await fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, ...body });
  if (response.statusCode !== 201) throw new Error(`publish: ${response.body}`);
  return response.json<Announcement>();
}

const acknowledge = (board: BoardRow, phone: string, id: string, version: number) =>
  fx.call(phone, 'POST', url(board, `/${id}/acknowledgement`), { version });

const listOf = async (board: BoardRow, who: string | Record<string, string>, rest = '') => {
  const response = await fx.call(who, 'GET', url(board, rest));
  if (response.statusCode !== 200) throw new Error(`list: ${response.body}`);
  return response.json<AnnouncementList>();
};

const snapshotOf = async (board: BoardRow) =>
  (await fx.call(fx.lead, 'GET', `/api/boards/${board.id}/snapshot`)).json<BoardSnapshot>();

/** The method changes published for a board from now on. */
function methodChanges(board: BoardRow): { list: MethodUpdatedEvent[]; stop: () => void } {
  const list: MethodUpdatedEvent[] = [];
  const stop = fx.app.services.changes.subscribe((boardId, change: BoardChange) => {
    if (boardId === board.id && change.event === 'method:updated') list.push(change.payload);
  });
  return { list, stop };
}

/** Everything a refused request must leave as it was. */
function fingerprint(): string {
  const tables = [
    'boards',
    'board_changes',
    'announcements',
    'announcement_acks',
    'announcement_meetings',
    'board_photos',
  ];
  return JSON.stringify(
    tables.map((table) => fx.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()),
  );
}

const acksInDb = (id: string) =>
  fx.db
    .prepare(
      'SELECT version, COUNT(*) AS n FROM announcement_acks WHERE announcement_id = ? GROUP BY version',
    )
    .all(id);

async function waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function activeGoal(board: BoardRow, title = exampleGoalInput.title) {
  const { goals } = fx.app.services;
  const goal = goals.create(board, { ...exampleGoalInput, title });
  return goals.setState(board, goal.id, 'active');
}

describe('publishing', () => {
  it('puts an announcement on every screen at once, pinned for its days', async () => {
    const board = fx.board();
    const changes = methodChanges(board);
    const published = await publish(board);
    expect(published).toMatchObject({
      kind: 'routine',
      title: ROUTINE.title,
      version: 1,
      acks: 0,
      meetings: [],
      retiredAt: null,
      publishedAt: clock.now().toISOString(),
      pinnedUntil: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
    });
    // One sequenced change, at once, with the announcement in the method state.
    expect(changes.list).toHaveLength(1);
    expect(changes.list[0]?.method.announcements.current.map((a) => a.id)).toEqual([published.id]);
    const snapshot = await snapshotOf(board);
    expect(snapshot.seq).toBe(changes.list[0]?.seq);
    expect(snapshot.method?.announcements.current[0]).toEqual(published);
    changes.stop();

    // A phone's list says what it acknowledged; the wall's and a lead's do not.
    const phone = await joinPhone(fx.app, board);
    expect((await listOf(board, phone)).announcements[0]?.acknowledged).toBe(false);
    const wall = await listOf(board, { 'x-display-key': board.display_key });
    expect(wall.announcements[0]?.acknowledged).toBeUndefined();
  });

  it('lists the newest first, with the board’s number of employees', async () => {
    const board = fx.board();
    const first = await publish(board, { title: 'First one' });
    clock.advance(60_000);
    const second = await publish(board, { title: 'Second one', kind: 'information' });
    await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/employees`, { employees: 40 });
    const list = await listOf(board, fx.lead);
    expect(list.announcements.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(list.employees).toBe(40);
    expect((await snapshotOf(board)).method?.announcements.employees).toBe(40);
  });
});

describe('acknowledging', () => {
  it('is stored once per device and version, and the count says devices', async () => {
    const board = fx.board();
    const announcement = await publish(board);
    const phone = await joinPhone(fx.app, board);
    const first = await acknowledge(board, phone, announcement.id, 1);
    expect(first.statusCode).toBe(200);
    expect(first.json<Announcement>()).toMatchObject({ acknowledged: true, acks: 1 });
    // A retry (the phone never saw the answer) changes nothing.
    const again = await acknowledge(board, phone, announcement.id, 1);
    expect(again.statusCode).toBe(200);
    expect(again.json<Announcement>().acks).toBe(1);
    expect(acksInDb(announcement.id)).toEqual([{ version: 1, n: 1 }]);
    expect((await listOf(board, phone)).announcements[0]?.acknowledged).toBe(true);
    // Another phone of the same board has not.
    const other = await joinPhone(fx.app, board);
    expect((await listOf(board, other)).announcements[0]?.acknowledged).toBe(false);
  });

  it('asks every phone again when the title or text changes (a new version)', async () => {
    const board = fx.board();
    const announcement = await publish(board, { pinnedDays: 2 });
    const phone = await joinPhone(fx.app, board);
    await acknowledge(board, phone, announcement.id, 1);
    fx.app.services.ackCounts.flush();
    clock.advance(DAY);

    // A change of days alone is no new version: the acknowledgement still counts.
    const longer = await fx.call(fx.lead, 'PUT', url(board, `/${announcement.id}`), {
      ...ROUTINE,
      pinnedDays: 5,
    });
    expect(longer.json<Announcement>()).toMatchObject({
      version: 1,
      acks: 1,
      pinnedUntil: new Date(Date.parse(announcement.publishedAt) + 5 * DAY).toISOString(),
    });

    const changes = methodChanges(board);
    const edited = await fx.call(fx.lead, 'PUT', url(board, `/${announcement.id}`), {
      ...ROUTINE,
      pinnedDays: 5,
      text: 'The sliding doors close by themselves. Report a door that stays open.',
    });
    expect(edited.statusCode).toBe(200);
    const changed = edited.json<Announcement>();
    // Re-pinned from now, counted from zero, and every screen hears of it at once.
    expect(changed).toMatchObject({
      version: 2,
      acks: 0,
      changedAt: clock.now().toISOString(),
      publishedAt: announcement.publishedAt,
      pinnedUntil: new Date(clock.now().getTime() + 5 * DAY).toISOString(),
    });
    expect(changes.list.at(-1)?.method.announcements.current[0]).toMatchObject({
      version: 2,
      acks: 0,
    });
    changes.stop();
    expect((await listOf(board, phone)).announcements[0]?.acknowledged).toBe(false);

    // The old version is refused, and nothing is stored for it.
    const before = fingerprint();
    const stale = await acknowledge(board, phone, announcement.id, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'announcement_changed' } });
    expect(fingerprint()).toBe(before);
    // The new one is taken.
    const fresh = await acknowledge(board, phone, announcement.id, 2);
    expect(fresh.json<Announcement>()).toMatchObject({ version: 2, acks: 1, acknowledged: true });
    expect(acksInDb(announcement.id)).toEqual([
      { version: 1, n: 1 },
      { version: 2, n: 1 },
    ]);
  });

  it('sends the counts coalesced: many acknowledgements, few changes, the exact count', async () => {
    const board = fx.board();
    const announcement = await publish(board);
    const phones: string[] = [];
    for (let i = 0; i < 40; i += 1) phones.push(await joinPhone(fx.app, board));
    const changes = methodChanges(board);
    const answers = await Promise.all(
      phones.map((phone) => acknowledge(board, phone, announcement.id, 1)),
    );
    expect(answers.filter((a) => a.statusCode !== 200).map((a) => a.body)).toEqual([]);
    // Stored at once, sent in batches.
    expect(acksInDb(announcement.id)).toEqual([{ version: 1, n: 40 }]);
    await waitFor(() => changes.list.at(-1)?.method.announcements.current[0]?.acks === 40);
    expect(changes.list.length).toBeGreaterThan(0);
    expect(changes.list.length).toBeLessThan(10);
    const seqs = changes.list.map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
    // Nothing more goes out once the count stands.
    const settled = changes.list.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(changes.list).toHaveLength(settled);
    changes.stop();
    const snapshot = await snapshotOf(board);
    expect(snapshot.seq).toBe(changes.list.at(-1)?.seq);
    expect(snapshot.method?.announcements.current[0]?.acks).toBe(40);
  });

  it('sends a count a crash left unsent when the server starts again', async () => {
    const board = fx.board();
    const announcement = await publish(board);
    for (let i = 0; i < 3; i += 1) {
      await acknowledge(board, await joinPhone(fx.app, board), announcement.id, 1);
    }
    const sent = () =>
      fx.db.prepare('SELECT acks_sent AS n FROM announcements WHERE id = ?').get(announcement.id);
    await waitFor(() => (sent() as { n: number }).n === 3);
    // As if the process were killed after storing the acknowledgements, before their batch.
    fx.db.prepare('UPDATE announcements SET acks_sent = 0 WHERE id = ?').run(announcement.id);
    const seqBefore = fx.app.services.boardRepository.findById(board.id)?.last_seq ?? 0;
    const restarted = await testApp({ db: fx.db, clock });
    try {
      expect(sent()).toEqual({ n: 3 });
      const logged = fx.db
        .prepare(
          `SELECT payload FROM board_changes WHERE board_id = ? AND event = 'method:updated'
           ORDER BY seq DESC LIMIT 1`,
        )
        .get(board.id) as { payload: string };
      expect(JSON.parse(logged.payload)).toMatchObject({
        seq: seqBefore + 1,
        method: { announcements: { current: [{ id: announcement.id, acks: 3 }] } },
      });
    } finally {
      await restarted.app.close();
    }
  });
});

describe('what is current', () => {
  it('drops an announcement whose pin ran out, even from a cached snapshot; a routine stays', async () => {
    const board = fx.board();
    const info = await publish(board, {
      kind: 'information',
      title: 'Visitors on Friday',
      pinnedDays: 1,
    });
    const routine = await publish(board, { title: 'Gloves at the press', pinnedDays: 1 });
    const later = await publish(board, { kind: 'goal', title: 'Less energy', pinnedDays: 3 });
    const ids = (snapshot: BoardSnapshot) =>
      snapshot.method?.announcements.current.map((a) => a.id);
    expect(ids(await snapshotOf(board))).toEqual([later.id, routine.id, info.id]);
    const seq = (await snapshotOf(board)).seq;

    clock.advance(DAY + 1);
    // No change of the board's own: the cached snapshot is made again all the same.
    const after = await snapshotOf(board);
    expect(after.seq).toBe(seq);
    expect(ids(after)).toEqual([later.id, routine.id]);
    const phone = await joinPhone(fx.app, board);
    expect((await listOf(board, phone)).announcements.map((a) => a.id)).toEqual([
      later.id,
      routine.id,
    ]);
    // A lead's whole list still has it.
    expect((await listOf(board, fx.lead, '?all=true')).announcements.map((a) => a.id)).toContain(
      info.id,
    );
    clock.advance(3 * DAY);
    expect(ids(await snapshotOf(board))).toEqual([routine.id]);
  });

  it('retires an announcement: it leaves every screen and takes nothing more', async () => {
    const board = fx.board();
    const announcement = await publish(board);
    const phone = await joinPhone(fx.app, board);
    const changes = methodChanges(board);
    const retired = await fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/retire`));
    expect(retired.statusCode).toBe(200);
    expect(retired.json<Announcement>().retiredAt).toBe(clock.now().toISOString());
    expect(changes.list).toHaveLength(1);
    expect(changes.list[0]?.method.announcements.current).toEqual([]);
    changes.stop();
    expect((await listOf(board, phone)).announcements).toEqual([]);

    const before = fingerprint();
    const refusals = [
      await fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/retire`)),
      await acknowledge(board, phone, announcement.id, 1),
      await fx.call(fx.lead, 'PUT', url(board, `/${announcement.id}`), ROUTINE),
      await fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/meetings`), { present: 5 }),
    ];
    expect(refusals.map((r) => [r.statusCode, r.json<ApiErrorBody>().error.code])).toEqual(
      Array(4).fill([409, 'announcement_retired']),
    );
    expect(fingerprint()).toBe(before);
  });

  it('records board meetings with the number present', async () => {
    const board = fx.board();
    const announcement = await publish(board);
    const changes = methodChanges(board);
    const first = await fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/meetings`), {
      present: 12,
    });
    expect(first.json<Announcement>().meetings).toEqual([
      { at: clock.now().toISOString(), present: 12 },
    ]);
    clock.advance(60_000);
    await fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/meetings`), { present: 3 });
    expect(changes.list).toHaveLength(2);
    expect(
      changes.list[1]?.method.announcements.current[0]?.meetings.map((m) => m.present),
    ).toEqual([12, 3]);
    changes.stop();
  });
});

describe('photos and goals', () => {
  async function uploadPhoto(board: BoardRow): Promise<BoardPhoto> {
    const response = await fx.app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/photos`,
      headers: { cookie: fx.lead, 'content-type': 'image/jpeg' },
      payload: jpeg,
    });
    if (response.statusCode !== 201) throw new Error(`photo: ${response.body}`);
    return response.json<BoardPhoto>();
  }

  it('takes a photo of its own board, and shows it', async () => {
    const board = fx.board();
    const photo = await uploadPhoto(board);
    const announcement = await publish(board, { photoId: photo.id });
    expect(announcement.photoId).toBe(photo.id);
    for (const path of [photo.url, photo.thumbUrl]) {
      const served = await fx.app.inject({ method: 'GET', url: path });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');
    }
  });

  it('refuses a photo or a goal of another board, and a goal that is not active', async () => {
    const board = fx.board();
    const other = fx.board('Other line');
    const otherPhoto = await uploadPhoto(other);
    const otherGoal = activeGoal(other);
    const draft = fx.app.services.goals.create(board, { ...exampleGoalInput });
    const published = await publish(board);
    const before = fingerprint();
    const attempts = [
      { photoId: otherPhoto.id },
      { photoId: 'no-such-photo-id' },
      { goalId: otherGoal.id },
      { goalId: draft.id },
    ];
    for (const attempt of attempts) {
      for (const request of [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, ...attempt }),
        () => fx.call(fx.lead, 'PUT', url(board, `/${published.id}`), { ...ROUTINE, ...attempt }),
      ]) {
        const response = await request();
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({
          error: { field: 'photoId' in attempt ? 'photoId' : 'goalId' },
        });
      }
    }
    expect(fingerprint()).toBe(before);
    // An active goal of the board itself is taken, and an edit may keep it once it is reached.
    const goal = activeGoal(board);
    const told = await publish(board, { kind: 'goal', goalId: goal.id });
    expect(told.goalId).toBe(goal.id);
    fx.app.services.goals.setState(board, goal.id, 'achieved');
    const kept = await fx.call(fx.lead, 'PUT', url(board, `/${told.id}`), {
      ...ROUTINE,
      kind: 'goal',
      goalId: goal.id,
      title: 'Reached: less energy',
    });
    expect(kept.statusCode).toBe(200);
  });
});

describe('bad input', () => {
  it('is refused with a clear 4xx and changes nothing', async () => {
    const board = fx.board();
    const other = fx.board('Other line');
    const announcement = await publish(board);
    const information = await publish(board, { kind: 'information', requiresAck: false });
    const elsewhere = await publish(other);
    const phone = await joinPhone(fx.app, board);
    const before = fingerprint();
    const cases: [() => Promise<{ statusCode: number; json: () => unknown }>, number, string][] = [
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, title: 'ab' }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, title: '   ' }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, title: 'x'.repeat(121) }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, text: 'x'.repeat(2001) }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, pinnedDays: 0 }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, pinnedDays: 15 }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, pinnedDays: 2.5 }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, kind: 'rumour' }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { ...ROUTINE, extra: 1 }),
        400,
        'validation_failed',
      ],
      [
        () => fx.call(fx.lead, 'POST', url(board), { title: 'Only a title' }),
        400,
        'validation_failed',
      ],
      [() => fx.call(fx.lead, 'PUT', url(board, `/${elsewhere.id}`), ROUTINE), 404, 'not_found'],
      [
        () => fx.call(fx.lead, 'PUT', url(board, '/no-such-announcement'), ROUTINE),
        404,
        'not_found',
      ],
      [() => fx.call(fx.lead, 'POST', url(board, `/${elsewhere.id}/retire`)), 404, 'not_found'],
      [
        () => fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/meetings`), { present: 0 }),
        400,
        'validation_failed',
      ],
      [
        () =>
          fx.call(fx.lead, 'POST', url(board, `/${announcement.id}/meetings`), { present: 1001 }),
        400,
        'validation_failed',
      ],
      [() => acknowledge(board, phone, announcement.id, 0), 400, 'validation_failed'],
      [() => acknowledge(board, phone, announcement.id, 2), 409, 'announcement_changed'],
      [() => acknowledge(board, phone, information.id, 1), 400, 'validation_failed'],
      [() => acknowledge(board, phone, elsewhere.id, 1), 404, 'not_found'],
      [
        () => fx.call(phone, 'POST', url(board, `/${announcement.id}/acknowledgement`), {}),
        400,
        'validation_failed',
      ],
      [() => fx.call(fx.lead, 'GET', url(board, '?all=maybe')), 400, 'validation_failed'],
      [
        () => fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/employees`, { employees: 0 }),
        400,
        'validation_failed',
      ],
    ];
    for (const [request, status, code] of cases) {
      const response = await request();
      expect([response.statusCode, (response.json() as ApiErrorBody).error.code]).toEqual([
        status,
        code,
      ]);
    }
    expect(fingerprint()).toBe(before);
  });
});

describe('the roadmap’s step 5', () => {
  const step5 = async (board: BoardRow) => {
    const response = await fx.call(fx.lead, 'GET', `/api/boards/${board.id}/roadmap`);
    return response.json<Roadmap>().steps.find((step) => step.key === 'implementation');
  };

  it('shows each active goal’s announcement and its acknowledgement share', async () => {
    const board = fx.board();
    const base = `/m/b/${board.id}/announcements`;
    expect(await step5(board)).toMatchObject({
      status: 'not_started',
      summary: 'No announcements yet',
      next: { label: 'Tell everyone what applies', path: base },
      available: true,
    });
    const energy = activeGoal(board, 'Less energy');
    clock.advance(1000); // goals are listed oldest first
    const waste = activeGoal(board, 'Less waste');
    const told = await publish(board, {
      kind: 'goal',
      goalId: energy.id,
      title: 'Our goal: less energy',
    });
    await publish(board, { kind: 'routine', title: 'Lights off at breaks' });
    for (let i = 0; i < 2; i += 1) {
      await acknowledge(board, await joinPhone(fx.app, board), told.id, 1);
    }
    expect(await step5(board)).toMatchObject({
      status: 'in_progress',
      summary:
        'Less energy: 2 devices acknowledged · Less waste: no announcement · 1 routine in force',
      next: { label: 'Tell everyone what applies', path: base },
    });
    await fx.call(fx.lead, 'PUT', `/api/boards/${board.id}/employees`, { employees: 40 });
    // The second goal is told at a board meeting (nobody's phone acknowledged yet).
    const second = await publish(board, {
      kind: 'goal',
      goalId: waste.id,
      title: 'Our goal: less waste',
    });
    await fx.call(fx.lead, 'POST', url(board, `/${second.id}/meetings`), { present: 14 });
    expect(await step5(board)).toMatchObject({
      status: 'done',
      summary:
        'Less energy: 2 of about 40 devices acknowledged · Less waste: 0 of about 40 devices acknowledged · 1 routine in force',
      next: { label: 'See the announcements', path: base },
    });
  });
});
