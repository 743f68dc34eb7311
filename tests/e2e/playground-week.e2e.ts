import path from 'node:path';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, startBot, startPlayground, type RunningBot, type RunningPlayground } from './bot-under-test';
import { launchChromium } from './chromium';
import { cardButtons, fillCheckinCard, fillOnboardingCard } from './card-filling';
import { keepCardSubmitsInDirectLineConversation } from './card-submits-in-direct-line';
import { acceptFile, FILE_CONSENT_CARD, startOneDrive, type OneDrive } from './one-drive';
import { jsonAttachment, PlaygroundSession, textOf, type BotMessage } from './playground-session';

const ZONE = 'Europe/Oslo';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

async function devPost(bot: RunningBot, route: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(bot.baseUrl + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${route} answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

let bot: RunningBot;
let browser: Browser;
let drive: OneDrive;

beforeAll(async () => {
  drive = await startOneDrive();
  bot = await startBot({ NODE_EXTRA_CA_CERTS: drive.caFile });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  await drive?.close();
});

describe.each(['msteams', 'webchat'])('a mother in the Agents Playground, channel %s', (channel) => {
  let playground: RunningPlayground;
  let session: PlaygroundSession;
  // The browser runs in Oslo, so its calendar's "today" is this day; she gave birth at 03:00 and onboards at noon.
  const today = DateTime.now().setZone(ZONE).startOf('day');

  beforeAll(async () => {
    playground = await startPlayground(bot.port, channel);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'en-US', timezoneId: ZONE });
    session = new PlaygroundSession(page, path.join(ARTIFACTS, channel));
    await keepCardSubmitsInDirectLineConversation(page);
    await devPost(bot, '/dev/clock', { now: today.set({ hour: 12 }).toISO() });
    await page.goto(playground.url, { waitUntil: 'networkidle' });
  });

  afterAll(async () => {
    await session?.page.close();
    await playground?.stop();
  });

  /** Her file has come: in Teams the card asking her consent, in web chat the attachment itself. */
  const fileCame = (contentType: string) => (replies: BotMessage[]): boolean =>
    replies.some((m) => m.attachments.some((a) => a.contentType === (channel === 'msteams' ? FILE_CONSENT_CARD : contentType)));

  /** Her export: in Teams a file she is asked to allow, then uploaded to her OneDrive; in web chat a JSON attachment. */
  const exportOf = async (replies: BotMessage[]): Promise<Record<string, unknown> | undefined> => {
    if (channel !== 'msteams') return jsonAttachment(replies);
    const consent = replies.flatMap((m) => m.attachments).find((a) => a.contentType === FILE_CONSENT_CARD);
    if (!consent) return undefined;
    return JSON.parse((await acceptFile(bot, drive, session.toBot.at(-1)!, consent)).toString('utf8')) as Record<string, unknown>;
  };

  // The steps are one conversation: after a failed step the rest stop at once, naming it, instead of waiting out their timeouts.
  let failedStep: string | undefined;
  const step = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      if (failedStep) throw new Error(`not run: the conversation broke at "${failedStep}"`);
      try {
        await body();
      } catch (error) {
        failedStep = name;
        await session.screenshot('failed').catch(() => undefined);
        throw error;
      }
    });

  step('1. is welcomed with the onboarding card and onboards with it', async () => {
    const welcome = await session.repliesAfter(0);
    expect(welcome.some((m) => m.attachments.some((a) => a.contentType === ADAPTIVE_CARD))).toBe(true);
    const card = session.lastCard('input[type=checkbox]');
    await card.waitFor({ state: 'visible', timeout: 10_000 }).catch((error: Error) => {
      throw new Error(`the onboarding card is not drawn. ${session.cardProblems.join(' | ') || error.message}`);
    });
    await fillOnboardingCard(card, today.toISODate()!, 'both');
    await session.screenshot('onboarding-filled');

    const replies = await session.click(cardButtons(card).last());
    await session.screenshot('onboarded');
    expect(session.toBot.at(-1)?.value).toMatchObject({ action: 'onboard', feedingMode: 'both' });
    // Done: a confirmation with her check-in time, and the card for logging.
    expect(textOf(replies)).toMatch(/09[:.]00|9[:.]00/);
    expect(replies.some((m) => m.attachments.some((a) => a.contentType === ADAPTIVE_CARD))).toBe(true);
    await session.expectDrawn(replies);
  });

  step('2. logs a feed with a button of the log card', async () => {
    const card = session.lastCard('.ac-actionSet button');
    const replies = await session.click(cardButtons(card).first());
    await session.screenshot('logged-by-card');
    expect(session.toBot.at(-1)?.value).toMatchObject({ action: 'log' });
    expect(textOf(replies).length).toBeGreaterThan(0);
    await session.expectDrawn(replies);
  });

  step('3. logs pumping by text', async () => {
    const replies = await session.say('pumped 20 ml');
    await session.screenshot('logged-by-text');
    expect(textOf(replies)).toMatch(/\b20\b/);
  });

  step('4. gets the check-in at 09:00 the next day, proactively, and answers it', async () => {
    const since = session.fromBot.length;
    await devPost(bot, '/dev/clock', { now: today.plus({ days: 1 }).set({ hour: 9 }).toISO() });
    const pass = await devPost(bot, '/dev/checkins/run', {});
    expect(pass.sent).toBeGreaterThanOrEqual(1);
    await session.cardAfter(since);
    const card = session.lastCard('.ac-actionSet button');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await session.screenshot('checkin-arrived');

    await fillCheckinCard(card, '6');
    const replies = await session.click(cardButtons(card).last());
    await session.screenshot('checkin-answered');
    expect(session.toBot.at(-1)?.value).toMatchObject({ action: 'checkin' });
    expect(textOf(replies).length).toBeGreaterThan(0);
    await session.expectDrawn(replies);
  });

  step('5. asks how to hand express and gets an answer about it', async () => {
    const replies = await session.say('how do I hand express?');
    await session.screenshot('question-answered');
    // The Teams playground sends locale en-US, the Web Chat one none (so bokmål): either way, the
    // steps with the hands, thumb and a finger.
    expect(textOf(replies)).toMatch(/\bhand|\bhånd|\bhend/i);
    expect(textOf(replies)).toMatch(/\bthumb|\btommel/i);
  });

  step('6. exports her data with what she logged: in Teams a file offered with her consent, in web chat a JSON attachment', async () => {
    const replies = await session.say('export', fileCame('application/json'));
    await session.screenshot('exported');
    const data = await exportOf(replies);
    expect(data).toMatchObject({ schemaVersion: 1, mother: { feedingMode: 'both', timezone: ZONE } });
    const events = (data?.events ?? []) as Array<{ type: string; ml?: number }>;
    expect(events.some((e) => e.type === 'feed' || e.type === 'milk-in')).toBe(true);
    expect(events.some((e) => e.type === 'pump' && e.ml === 20)).toBe(true);
  });

  step('7. switches to bokmål by saying so, and is answered in Norwegian from then on', async () => {
    const switched = await session.say('bokmål');
    await session.screenshot('switched-to-bokmal');
    expect(textOf(switched)).toMatch(/[æøå]|\b(jeg|du|deg|og|på|nå)\b/i);
    const exported = (await exportOf(await session.say('eksporter', fileCame('application/json'))));
    expect(exported).toMatchObject({ mother: { locale: 'nb' } });
  });

  step('8. on day 5, a typed check-in with low counts and no wet diaper is answered at that answer, as one message, the urgent step first', async () => {
    const since = session.fromBot.length;
    await devPost(bot, '/dev/clock', { now: today.plus({ days: 4 }).set({ hour: 9 }).toISO() });
    await devPost(bot, '/dev/checkins/run', {});
    await session.cardAfter(since);
    let replies = await session.say('5');
    // no wet diaper is help needed now: answered at once, no question after it
    for (const answer of ['10', '0']) replies = await session.say(answer);
    await session.screenshot('day5-checkin-one-message');

    expect(replies).toHaveLength(1);
    const said = textOf(replies);
    expect(said).toMatch(/^[^\n]*116 117/);
    expect(said.split('116 117')).toHaveLength(2);
    expect(said).not.toMatch(/\bsvart\b|bekymret/);
    await session.expectDrawn(replies);
  });

  step('9. a clock time that does not exist is refused, and nothing is stored', async () => {
    const replies = await session.say('ammet kl 25:99');
    await session.screenshot('impossible-time');
    expect(textOf(replies)).toMatch(/finnes ikke/);
    const exported = (await exportOf(await session.say('eksporter', fileCame('application/json'))));
    const feeds = ((exported?.events ?? []) as Array<{ type: string; at: string }>).filter((e) => e.type === 'feed');
    expect(feeds.every((e) => Date.parse(e.at) < today.plus({ days: 4 }).toMillis())).toBe(true);
  });

  step('10. a check-in answered with words around the numbers, a correction, an undo and a count between two tapped files each answer under its own question', async () => {
    const since = session.fromBot.length;
    await devPost(bot, '/dev/clock', { now: today.plus({ days: 5 }).set({ hour: 9 }).toISO() });
    await devPost(bot, '/dev/checkins/run', {});
    await session.cardAfter(since);
    await session.say('1');
    const corrected = await session.say('nei det var 9 ganger ikke 1');
    expect(textOf(corrected)).toMatch(/Rettet: 9/);
    await session.say('10, 12');
    await session.say('bare 2 tror jeg');
    const undone = await session.say('angre');
    expect(textOf(undone)).toMatch(/Angret/);
    const again = await session.say('5 eller 6');
    expect(textOf(again)).toMatch(/ett tall/);
    // each of the two counts she was between is a button under the question
    await session.click(session.page.getByRole('button', { name: '6', exact: true }).last());
    const done = await session.say('3');
    await session.screenshot('checkin-words-correction-undo');
    await session.expectDrawn(done);
    const answer = (((await exportOf(await session.say('eksporter', fileCame('application/json'))))?.checkins ?? []) as Array<Record<string, unknown>>).at(-1);
    expect(answer).toMatchObject({ feeds: 9, wetDiapers: 6, yellowStools: 3 });
    expect(answer?.pumpMl).toEqual([10, 12]);
  });

  step('10b. a log, a deletion asked and a "no" that says something else, all in the middle of a check-in: it goes on at its question', async () => {
    const since = session.fromBot.length;
    await devPost(bot, '/dev/clock', { now: today.plus({ days: 6 }).set({ hour: 9 }).toISO() });
    await devPost(bot, '/dev/checkins/run', {});
    await session.cardAfter(since);
    await session.say('7 tror jeg');
    expect(textOf(await session.say('pumpet'))).toMatch(/ml/);
    const stored = await session.say('20 ml');
    expect(textOf(stored)).toMatch(/20 ml/);
    expect(textOf(stored)).toMatch(/pumpeøkter du ikke har ført/);
    await session.say('slett mine data');
    const kept = await session.say('nei');
    expect(textOf(kept)).toMatch(/pumpeøkter du ikke har ført/);
    await session.say('nei');
    const unclear = await session.say('nei han sover');
    expect(textOf(unclear)).toMatch(/ett tall/);
    await session.say('6');
    const done = await session.say('3');
    await session.screenshot('checkin-goes-on-after-side-questions');
    await session.expectDrawn(done);
    const exported = (await exportOf(await session.say('eksporter', fileCame('application/json'))));
    const answer = ((exported?.checkins ?? []) as Array<Record<string, unknown>>).at(-1);
    expect(answer).toMatchObject({ feeds: 7, wetDiapers: 6, yellowStools: 3, pumpMl: [] });
    const pumps = ((exported?.events ?? []) as Array<{ type: string; ml?: number; at: string }>).filter((e) => e.type === 'pump' && Date.parse(e.at) > today.plus({ days: 6 }).toMillis());
    expect(pumps.map((e) => e.ml)).toEqual([20]);
  });

  step('11. a sign said not to be there stays quiet; a short word with a typo still calls 113', async () => {
    const quiet = await session.say('puster fint ikke noe feber bare litt gulping');
    expect(textOf(quiet)).not.toMatch(/113|116 117/);
    const typo = await session.say('pustr ikke');
    await session.screenshot('red-flag-typo');
    expect(textOf(typo)).toMatch(/113/);
  });

  step('12. her week as a picture, and the summary for the jordmor with its PDF as a file', async () => {
    const week = await session.say('uka mi');
    const weekCard = week.flatMap((m) => m.attachments).find((a) => a.contentType === ADAPTIVE_CARD);
    const image = (weekCard?.content as { body?: Array<{ type: string; url?: string; altText?: string }> } | undefined)?.body?.find((e) => e.type === 'Image');
    expect(image?.altText).toMatch(/Stolpediagram over uken din/);
    // Drawn: the picture has loaded in the chat, at its own size.
    const drawn = session.page.locator('img[src^="data:image/png"]').last();
    await drawn.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await drawn.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(540);
    expect(await drawn.getAttribute('alt')).toMatch(/Stolpediagram over uken din/);
    await drawn.scrollIntoViewIfNeeded();
    await session.screenshot('week-picture');

    const summary = await session.say('oppsummering', fileCame('application/pdf'));
    const card = session.lastCard();
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await session.screenshot('summary-card');
    expect(JSON.stringify(summary.flatMap((m) => m.attachments).find((a) => a.contentType === ADAPTIVE_CARD)?.content)).toMatch(/Oppsummering/);
    const offered = summary.flatMap((m) => m.attachments);
    let pdf: Buffer;
    if (channel === 'msteams') {
      expect(offered.some((a) => a.contentType === FILE_CONSENT_CARD)).toBe(true);
      const consent = session.botPosted.flatMap((m) => m.attachments ?? []).filter((a) => a.contentType === FILE_CONSENT_CARD).at(-1);
      expect(consent?.name).toBe('oppsummering.pdf');
      pdf = await acceptFile(bot, drive, session.toBot.at(-1)!, consent!);
    } else {
      // The playground's chat shows a data URL file as an empty box: what the bot sent is read from its log.
      const file = session.botPosted.flatMap((m) => m.attachments ?? []).filter((a) => a.contentType === 'application/pdf').at(-1);
      expect(file?.name).toBe('oppsummering.pdf');
      pdf = Buffer.from((file?.contentUrl ?? '').replace(/^data:application\/pdf;base64,/, ''), 'base64');
    }
    await session.screenshot('summary-file');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
