import { t } from '../../src/support/i18n';
import type { Locale } from '../../src/mother/profile';
import { mother, onboardCard, postJson, withBotAndChannel } from '../support/test-app';

/**
 * CONTRACT.md, "Structured input": an onboard card without consent: true from a mother who has
 * already consented never deletes anything by itself. Through the real HTTP server and store.
 */
const CHANNEL: Record<Locale, { channel: string; yes: string; no: string }> = {
  nb: { channel: 'nb-NO', yes: 'ja', no: 'nei' },
  nn: { channel: 'nn-NO', yes: 'ja', no: 'nei' },
  en: { channel: 'en-US', yes: 'yes', no: 'no' },
};
const BIRTH = '2026-11-24T03:10:00+01:00';
const textOf = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n');

describe.each<Locale>(['nb', 'nn', 'en'])('an old onboarding card tapped again (%s)', (locale) => {
  const env = withBotAndChannel({ CHECKIN_LOOP: 'off' });
  const { channel, yes, no } = CHANNEL[locale];

  beforeAll(async () => {
    await postJson(env.bot.base, '/dev/clock', { now: '2026-11-26T14:00:00+01:00' });
  });

  async function consentedWithLogs() {
    const her = mother(env.bot.base, env.capture, { locale: channel });
    await her.send(onboardCard(BIRTH, 'both'));
    await her.send({ action: 'log', type: 'feed' });
    await her.send({ action: 'log', type: 'pump', ml: 25, double: true });
    const stored = async () => (await env.bot.app.store.get(her.motherId))?.doc;
    const before = await stored();
    expect(before?.events).toHaveLength(2);
    return { her, stored, before: before! };
  }

  it.each([
    ['false', false],
    ['"false"', 'false'],
    ['1', 1],
    ['missing', undefined],
    ['null', null],
  ])('with consent %s asks once what withdrawing means; "no" keeps everything', async (_name, consent) => {
    const { her, stored, before } = await consentedWithLogs();
    const asked = await her.send({ ...onboardCard(BIRTH, 'both'), consent });
    expect(asked.status).toBe(200);
    expect(textOf(asked.replies)).toContain(t(locale, 'dialog:delete.withdrawConsent'));
    const afterAsking = await stored();
    expect(afterAsking).toMatchObject({ consent: 'given', events: before.events, findings: before.findings, profile: before.profile });

    const kept = await her.send(no);
    expect(textOf(kept.replies)).toContain(t(locale, 'dialog:delete.kept'));
    expect(await stored()).toMatchObject({ consent: 'given', events: before.events, profile: before.profile });
    const exported = await her.exportData();
    expect(exported.events).toHaveLength(2);
  });

  it('only a clear "yes" deletes every record of her', async () => {
    const { her, stored } = await consentedWithLogs();
    await her.send({ ...onboardCard(BIRTH, 'both'), consent: 'false' });
    const done = await her.send(yes);
    expect(textOf(done.replies)).toContain(t(locale, 'dialog:delete.done'));
    expect(await stored()).toBeUndefined();
  });

  it('the same card with consent: true again wipes nothing and adds nothing twice', async () => {
    const { her, stored, before } = await consentedWithLogs();
    await her.send(onboardCard(BIRTH, 'both'));
    const after = await stored();
    expect(after).toMatchObject({ consent: 'given', events: before.events, findings: before.findings, checkins: before.checkins, profile: before.profile });
  });

  it('from a mother who has not consented yet, a card without consent stores nothing but the refusal, as before', async () => {
    const her = mother(env.bot.base, env.capture, { locale: channel });
    await her.send(locale === 'en' ? 'hello' : 'hei');
    const refused = await her.send({ ...onboardCard(BIRTH, 'both'), consent: false });
    expect(textOf(refused.replies)).toContain(t(locale, 'common:consent.refused'));
    const doc = (await env.bot.app.store.get(her.motherId))?.doc;
    expect(doc).toMatchObject({ consent: 'refused', events: [], findings: [] });
    expect(doc?.profile).toBeUndefined();
  });
});
