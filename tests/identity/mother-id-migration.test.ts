import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { legacyMotherIdOf, motherIdOf, type Who } from '../../src/store/mother-identity';
import { CosmosMotherStore } from '../../src/store/cosmos-mother-store';
import { migrateMotherIds } from '../../src/store/migrate-mother-ids';
import type { MotherDocument } from '../../src/store/mother-document';
import type { MeasuredMotherStore, MotherStore } from '../../src/store/mother-store';
import { moveMother } from '../../src/store/move-mother';
import { SQLITE_FILE_NAME, SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server';
import { mother, postJson, startTestApp, tempDataDir, TEST_MOTHER_ID_KEY } from '../support/test-app';
import { openDialog } from '../dialogs/support/open-dialog';
import { upgradeDocument } from '../../src/store/upgrade-document';

/** A store made by the code before keyed ids (see its madeWith): four mothers under the unkeyed id. */
interface Fixture {
  people: Array<{ name: string; channelId: string; userId: string; conversationId: string; aadObjectId?: string }>;
  rows: Array<{ id: string; nextCheckInAt: string | null; document: MotherDocument }>;
}
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'legacy-id-store.json'), 'utf8')) as Fixture;
const FIXTURE_SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
/** 09:05 in Oslo on her day 3: the consented mothers who did not say "stopp" are due. */
const DAY_3_CHECKIN = '2026-11-26T09:05:00+01:00';

const who = (p: Fixture['people'][number]): Who => ({ channelId: p.channelId, from: { id: p.userId, ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}) } });
const person = (name: string) => fixture.people.find((p) => p.name === name)!;
const legacyId = (name: string) => legacyMotherIdOf(who(person(name)));
const keyedId = (name: string) => motherIdOf(who(person(name)), TEST_MOTHER_ID_KEY);
const row = (name: string) => fixture.rows.find((r) => r.id === legacyId(name))!;
const CONSENTED = ['teams', 'webchat', 'paused'];
const DUE = ['teams', 'webchat'];

async function loadFixture(store: MotherStore, serviceUrl = FIXTURE_SERVICE_URL): Promise<void> {
  for (const { document } of fixture.rows) await store.create(JSON.parse(JSON.stringify(document).split(FIXTURE_SERVICE_URL).join(serviceUrl)) as MotherDocument);
}

async function expectMigrated(store: MeasuredMotherStore): Promise<void> {
  for (const name of CONSENTED) {
    expect(await store.get(legacyId(name))).toBeUndefined();
    // Everything of hers, under her keyed id: events, findings, check-ins, the machine, her check-in slot.
    expect((await store.get(keyedId(name)))?.doc).toEqual({ ...upgradeDocument(row(name).document), id: keyedId(name) });
  }
  // Never consented: no reference to compute her id from; the bot moves her when she writes again.
  expect((await store.get(legacyId('no-consent')))?.doc).toEqual(upgradeDocument(row('no-consent').document));
  expect((await store.findDue(new Date(DAY_3_CHECKIN).toISOString(), 10)).ids.sort()).toEqual(DUE.map(keyedId).sort());
}

describe('the fixture', () => {
  it('was made with the unkeyed ids, and holds events, findings and check-ins to lose', () => {
    expect(fixture.rows.map((r) => r.id).sort()).toEqual(fixture.people.map((p) => legacyMotherIdOf(who(p))).sort());
    expect(row('teams').document.conversation?.user.aadObjectId).toBe(person('teams').aadObjectId);
    for (const name of DUE) {
      const doc = row(name).document;
      expect([doc.events.length, doc.findings.length, doc.checkins.length].every((n) => n > 0)).toBe(true);
      expect(doc.nextCheckInAt).toBe(new Date(DAY_3_CHECKIN.replace('09:05', '09:00')).toISOString());
    }
    expect(row('paused').document.nextCheckInAt).toBeNull();
  });
});

describe.each([
  ['embedded (SQLite)', async () => SqliteMotherStore.open(tempDataDir())],
  ['Cosmos DB (protocol server)', async () => CosmosMotherStore.open({ endpoint: cosmos.endpoint, key: cosmos.key, database: 'migration', container: `m-${Date.now()}`, clientOptions: { agent: cosmos.agent } })],
])('npm run migrate:mother-ids on a store made with the unkeyed ids: %s', (_name, open) => {
  it('moves every consented mother to her keyed id with nothing lost, the due index with her, and a second run changes nothing', async () => {
    const store = await open();
    try {
      await loadFixture(store);
      expect(await migrateMotherIds(store, TEST_MOTHER_ID_KEY)).toEqual({ moved: 3, alreadyKeyed: 0, leftAsTheyAre: 1 });
      await expectMigrated(store);
      expect(await migrateMotherIds(store, TEST_MOTHER_ID_KEY)).toEqual({ moved: 0, alreadyKeyed: 3, leftAsTheyAre: 1 });
      await expectMigrated(store);
    } finally {
      await store.close();
    }
  });
});

let cosmos: CosmosTestServer;
let capture: CaptureServer;
beforeAll(async () => {
  cosmos = await startCosmosServer();
  capture = await startCaptureServer();
});
afterAll(async () => {
  await capture?.close();
  await cosmos?.close();
});

describe('the bot on a store made with the unkeyed ids', () => {
  async function botOnFixture(migrated: boolean) {
    const dataDir = tempDataDir();
    const store = SqliteMotherStore.open(dataDir);
    await loadFixture(store, capture.url);
    if (migrated) await migrateMotherIds(store, TEST_MOTHER_ID_KEY);
    await store.close();
    const bot = await startTestApp({ DATA_DIR: dataDir });
    await postJson(bot.base, '/dev/clock', { now: '2026-11-25T16:00:00+01:00' });
    const her = (name: string) => mother(bot.base, capture, { ...person(name), locale: 'nb-NO' });
    return { bot, dataDir, her };
  }

  it('after the migration: she goes on with her week (export) and gets her check-in at her slot, once', async () => {
    const { bot, her } = await botOnFixture(true);
    try {
      const teams = her('teams');
      expect(teams.motherId).toBe(keyedId('teams'));
      const exported = await teams.exportData();
      expect(exported.events).toHaveLength(row('teams').document.events.length);
      expect(exported.findings.map((f) => f.code)).toEqual(row('teams').document.findings.map((f) => f.code));

      await postJson(bot.base, '/dev/clock', { now: DAY_3_CHECKIN });
      const pass = await postJson(bot.base, '/dev/checkins/run', {});
      expect(pass.json).toEqual({ sent: DUE.length });
      expect((await postJson(bot.base, '/dev/checkins/run', {})).json).toEqual({ sent: 0 });
      for (const name of DUE) expect(capture.for(person(name).conversationId).length).toBeGreaterThan(0);
    } finally {
      await bot.stop();
    }
  });

  it('without the migration: her first turn moves her document to her keyed id, with nothing lost', async () => {
    const { bot, dataDir, her } = await botOnFixture(false);
    try {
      const webchat = her('webchat');
      const turn = await webchat.send({ action: 'log', type: 'pump', ml: 6, double: true });
      expect(turn.replies.map((r) => r.text ?? '').join('\n')).not.toMatch(/Beklager, noe gikk galt/);
      const moved = await bot.app.store.get(keyedId('webchat'));
      expect(moved?.doc.events).toEqual([...row('webchat').document.events, expect.objectContaining({ type: 'pump', ml: 6 })]);
      expect(moved?.doc.findings).toEqual(expect.arrayContaining(row('webchat').document.findings));
      expect(moved?.doc.nextCheckInAt).toBe(row('webchat').document.nextCheckInAt);
      expect(await bot.app.store.get(legacyId('webchat'))).toBeUndefined();

      // Never consented: the turn carries who she is, so she is moved too and her onboarding goes on.
      const unsure = her('no-consent');
      await unsure.send('hei');
      expect(openDialog((await bot.app.store.get(keyedId('no-consent')))?.doc)).toEqual(expect.objectContaining({ name: 'onboarding' }));
      expect(await bot.app.store.get(legacyId('no-consent'))).toBeUndefined();

      const raw = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
      try {
        const due = raw.prepare('SELECT id FROM mothers WHERE next_checkin_at IS NOT NULL ORDER BY id').all() as Array<{ id: string }>;
        expect(due.map((r) => r.id)).toEqual([keyedId('webchat'), legacyId('teams')].sort());
      } finally {
        raw.close();
      }
    } finally {
      await bot.stop();
    }
  });

  it('deletes her under both ids when a move was cut short and left her old copy', async () => {
    const { bot, her } = await botOnFixture(true);
    try {
      // As if an instance died between the copy and the delete of a move.
      await bot.app.store.create(row('teams').document);
      const teams = her('teams');
      await teams.send('slett mine data');
      await teams.send('ja');
      expect(await bot.app.store.get(keyedId('teams'))).toBeUndefined();
      expect(await bot.app.store.get(legacyId('teams'))).toBeUndefined();
    } finally {
      await bot.stop();
    }
  });
});

describe('moving her document to another id', () => {
  it('copies a version written under the old id during the move (a check-in claim), so nothing written there is lost', async () => {
    const inner = SqliteMotherStore.open(':memory:');
    const doc = row('teams').document;
    await inner.create(doc);
    let claimed = false;
    // The scheduler claims her check-in under the old id right after the copy was made.
    const store: MotherStore = Object.assign(Object.create(inner) as SqliteMotherStore, {
      create: async (created: MotherDocument) => {
        const etag = await inner.create(created);
        if (!claimed) {
          claimed = true;
          const current = await inner.get(doc.id);
          await inner.replace({ ...current!.doc, lastCheckInSlot: doc.nextCheckInAt!, nextCheckInAt: '2026-11-27T08:00:00.000Z' }, current!.etag);
        }
        return etag;
      },
    });

    const moved = await moveMother(store, (await inner.get(doc.id))!, 'keyed-id');

    expect(claimed).toBe(true);
    expect(moved?.doc).toEqual({ ...upgradeDocument(doc), id: 'keyed-id', lastCheckInSlot: doc.nextCheckInAt, nextCheckInAt: '2026-11-27T08:00:00.000Z' });
    expect((await inner.get('keyed-id'))?.doc).toEqual(moved?.doc);
    expect(await inner.get(doc.id)).toBeUndefined();
    await inner.close();
  });
});
