import { ConfigurationBotFrameworkAuthentication, CloudAdapter } from 'botbuilder';
import pino from 'pino';
import { Clock } from '../../src/support/clock';
import { adapterSender } from '../../src/edge/proactive-sender';
import { CheckinScheduler, type ProactiveSender, type SchedulerOptions } from '../../src/checkins/scheduler';
import { checkinConversation } from '../../dialogs/handle-turn';
import type { Reply } from '../../dialogs/reply';
import type { MotherProfile } from '../../src/mother/profile';
import { newMotherDocument, type MotherDocument } from '../../src/store/mother-document';
import { SqliteMotherStore } from '../../src/store/sqlite-mother-store';
import { tempDataDir } from '../support/test-app';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';

/** A mother past onboarding, with consent, a conversation to reach and a planned check-in. */
export function plannedMother(
  id: string,
  options: { serviceUrl: string; nextCheckInAt: string | null; profile?: Partial<MotherProfile>; conversationId?: string } & Omit<Partial<MotherDocument>, 'profile'>,
): MotherDocument {
  const { serviceUrl, profile, conversationId, ...rest } = options;
  return {
    ...newMotherDocument(id, '2026-11-24T06:00:00.000Z', 'nb'),
    consent: 'given',
    profile: { birthAt: '2026-11-24T02:10:00.000Z', feedingMode: 'both', timezone: 'Europe/Oslo', checkInTime: '09:00', locale: 'nb', ...profile },
    conversation: {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: conversationId ?? `conv-${id}`, conversationType: 'personal' },
      user: { id: `user-${id}` },
      bot: { id: 'bot' },
    },
    ...rest,
  };
}

export function openEmbeddedStore(dataDir = tempDataDir()): SqliteMotherStore {
  return SqliteMotherStore.open(dataDir);
}

export function clockAt(iso: string): Clock {
  const clock = new Clock();
  clock.set(iso);
  return clock;
}

/** The real sender: CloudAdapter.continueConversationAsync without an app id (no Azure AD token). */
export function botConnectorSender(): ProactiveSender<Reply> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  return adapterSender(adapter, '');
}

/** Records the waits the scheduler asks for and returns at once, so retries cost no wall time. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

export function scheduler(options: Pick<SchedulerOptions<Reply>, 'store' | 'clock' | 'send'> & Partial<SchedulerOptions<Reply>>): CheckinScheduler<Reply> {
  return new CheckinScheduler({
    logger: pino({ level: 'silent' }),
    conversation: checkinConversation,
    globalRatePerSecond: 1000,
    perConversationRatePerSecond: 1000,
    ...options,
  });
}

/** A capture server for the describe block and a fresh embedded store for each test. */
export function withChannelAndStore(): { capture: CaptureServer; store: SqliteMotherStore } {
  const shared = {} as { capture: CaptureServer; store: SqliteMotherStore };
  beforeAll(async () => {
    shared.capture = await startCaptureServer();
  });
  afterAll(() => shared.capture.close());
  beforeEach(() => {
    shared.store = openEmbeddedStore();
  });
  afterEach(() => shared.store.close());
  return shared;
}
