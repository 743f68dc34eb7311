import { DateTime } from 'luxon';
import { t } from '../../src/support/i18n';
import { chat, setClock, stageForTests } from './support/chat';

/**
 * Web Chat turns ":0" into 😲 as she types, so "09:00" reaches the bot as "09😲0". A walk in the
 * Playground's web chat found her check-in time refused and every message after it answered with
 * "Jeg forsto ikke klokkeslettet" until she typed a bare number.
 */
const ZONE = 'Europe/Oslo';
const NOW = DateTime.fromISO('2026-11-25T03:40:00', { zone: ZONE }).toUTC().toISO()!;

describe('times typed in Web Chat', () => {
  const stage = stageForTests();

  it('takes «09:00» as her check-in time and «ammet kl 2:05» at 02:05, as Web Chat sends them', async () => {
    await setClock(stage(), NOW);
    const c = chat(stage(), 'nb-NO');
    await c.say('hei');
    await c.say('ja');
    await c.say('i går kl 22');
    await c.say('ammer');
    await c.say('nei');
    const done = await c.say('09😲0');
    expect(done.text).toContain(t('nb', 'common:onboarding.done', { checkInTime: t('nb', 'common:dailyTime', { hour: '09', minute: '00' }) }));
    expect((await c.document())?.profile?.checkInTime).toBe('09:00');

    await c.say('ammet kl 2😲5');
    const feed = (await c.document())?.events.find((e) => e.type === 'feed');
    expect(DateTime.fromISO(feed!.at).setZone(ZONE).toFormat('HH:mm')).toBe('02:05');
  });
});
