import nock from 'nock';
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { FILE_CONSENT_CARD, FILE_INFO_CARD, fileAttachment, withFiles } from '../../src/edge/files/file-activity';
import { summaryReplies } from '../../dialogs/week-picture';
import { handleFileConsent } from '../../src/edge/files/file-consent';
import { makeFile } from '../../src/edge/files/outgoing-file';
import { render } from '../../src/edge/render';
import { exportDocument } from '../../dialogs/export-document';
import { newMotherDocument, type MotherDocument } from '../../src/store/mother-document';
import { t } from '../../src/support/i18n';
import { fixtureWeek, FIXTURE_NOW } from '../picture/week-fixture';
import { pdfText } from '../summary/pdf-text';

/** Records what the bot sends in one turn; Teams itself is out of reach. */
class RecordingAdapter extends BotAdapter {
  sent: Array<Partial<Activity>> = [];
  async sendActivities(_context: TurnContext, activities: Array<Partial<Activity>>): Promise<ResourceResponse[]> {
    this.sent.push(...activities);
    return activities.map((_, i) => ({ id: String(i) }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(_reference: Partial<ConversationReference>, _logic: (context: TurnContext) => Promise<void>): Promise<void> {}
}

function motherDoc(): MotherDocument {
  const week = fixtureWeek('both');
  const doc = newMotherDocument('mother-1', FIXTURE_NOW, 'nb');
  return {
    ...doc,
    consent: 'given',
    profile: week.profile,
    events: week.events.map((event, i) => ({ ...event, id: `e${i}`, entry: `n${i}`, loggedAt: event.at })),
    checkins: [...week.checkins],
    findings: [...week.findings],
  };
}

const UPLOAD = 'https://upload.onedrive.test';

function consentInvoke(value: Record<string, unknown>): Activity {
  return {
    type: 'invoke',
    name: 'fileConsent/invoke',
    channelId: 'msteams',
    serviceUrl: 'https://smba.connector.test/emea/',
    from: { id: 'user-1', aadObjectId: 'aad-1', name: '' },
    recipient: { id: 'bot', name: '' },
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    value,
  } as Activity;
}

async function answer(value: Record<string, unknown>, doc: MotherDocument | null = motherDoc()) {
  const adapter = new RecordingAdapter();
  const context = new TurnContext(adapter, consentInvoke(value));
  await handleFileConsent(context, { store: { get: async () => (doc ? { doc, etag: '1' } : undefined) }, logger: { warn: () => undefined } });
  // What she sees of each activity (TurnContext adds the conversation's addresses).
  return adapter.sent.map(({ type, text, locale, attachments, value }) => ({ type, ...(text ? { text } : {}), ...(locale ? { locale } : {}), ...(attachments ? { attachments } : {}), ...(value ? { value } : {}) }));
}

const uploadInfo = { contentUrl: 'https://onedrive.test/oppsummering.pdf', name: 'oppsummering.pdf', uploadUrl: `${UPLOAD}/session/1`, fileType: 'pdf', uniqueId: 'u-1' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe('a file in Teams: her consent first, then the upload', () => {
  it('offers the file on a consent card that carries only which file and its date', async () => {
    const file = (await makeFile('summary', motherDoc(), FIXTURE_NOW))!;
    const card = fileAttachment('msteams', file, FIXTURE_NOW, 'nb');
    expect(card).toEqual({
      contentType: FILE_CONSENT_CARD,
      name: 'oppsummering.pdf',
      content: {
        description: t('nb', 'files:offer.summary'),
        sizeInBytes: file.bytes.length,
        acceptContext: { file: 'summary', date: FIXTURE_NOW },
        declineContext: { file: 'summary', date: FIXTURE_NOW },
      },
    });
  });

  it('when she accepts: makes the file again, PUTs all of it in one range, and shows it to her', async () => {
    const expected = (await makeFile('summary', motherDoc(), FIXTURE_NOW))!.bytes;
    let received: Buffer | undefined;
    const upload = nock(UPLOAD)
      .put('/session/1')
      .matchHeader('content-range', `bytes 0-${expected.length - 1}/${expected.length}`)
      .reply(201, (_uri, body) => {
        received = Buffer.from(body as string, 'hex');
        return {};
      });
    const sent = await answer({ type: 'fileUpload', action: 'accept', context: { file: 'summary', date: FIXTURE_NOW }, uploadInfo });
    expect(upload.isDone()).toBe(true);
    expect(received?.equals(expected)).toBe(true);
    expect(pdfText(received!).text).toContain('Oppsummering av første uke');
    expect(sent).toEqual([
      { type: 'message', locale: 'nb', attachments: [{ contentType: FILE_INFO_CARD, contentUrl: uploadInfo.contentUrl, name: 'oppsummering.pdf', content: { uniqueId: 'u-1', fileType: 'pdf' } }] },
      { type: 'invokeResponse', value: { status: 200 } },
    ]);
  });

  it('uploads her JSON export in the shape CONTRACT.md gives it', async () => {
    let received: unknown;
    // nock hands over a body that is text as text (a binary one as hex).
    nock(UPLOAD)
      .put('/session/1')
      .reply(200, (_uri, body) => {
        received = typeof body === 'string' ? JSON.parse(body) : body;
        return {};
      });
    await answer({ type: 'fileUpload', action: 'accept', context: { file: 'export', date: FIXTURE_NOW }, uploadInfo: { ...uploadInfo, name: 'mine-data.json', fileType: 'json' } });
    expect(received).toEqual(JSON.parse(JSON.stringify(exportDocument(motherDoc(), FIXTURE_NOW))));
  });

  it('when she declines: a kind line, no upload, and the invoke still answered 200', async () => {
    const sent = await answer({ type: 'fileUpload', action: 'decline', context: { file: 'summary', date: FIXTURE_NOW } });
    expect(sent).toEqual([
      { type: 'message', text: t('nb', 'files:declined'), locale: 'nb' },
      { type: 'invokeResponse', value: { status: 200 } },
    ]);
  });

  it('tells her when the upload fails, and uploads nothing for a context it did not write or to a plain http address', async () => {
    nock(UPLOAD).put('/session/1').reply(500);
    expect((await answer({ action: 'accept', context: { file: 'summary', date: FIXTURE_NOW }, uploadInfo }))[0]?.text).toBe(t('nb', 'files:failed'));
    expect(await answer({ action: 'accept', context: { file: 'everything', date: FIXTURE_NOW }, uploadInfo })).toEqual([{ type: 'invokeResponse', value: { status: 200 } }]);
    const plain = await answer({ action: 'accept', context: { file: 'summary', date: FIXTURE_NOW }, uploadInfo: { ...uploadInfo, uploadUrl: 'http://upload.onedrive.test/x' } });
    expect(plain[0]?.text).toBe(t('nb', 'files:failed'));
  });

  it('sends no file of a mother whose data is gone, and makes none without her consent', async () => {
    expect(await answer({ action: 'accept', context: { file: 'summary', date: FIXTURE_NOW }, uploadInfo }, null)).toEqual([{ type: 'invokeResponse', value: { status: 200 } }]);
    expect(await makeFile('export', { ...motherDoc(), consent: 'refused' }, FIXTURE_NOW)).toBeUndefined();
  });

  it("turns the export render() makes into a consent card in Teams, and leaves web chat's inline JSON as it is", async () => {
    const doc = motherDoc();
    const activities = render([{ kind: 'export', data: exportDocument(doc, FIXTURE_NOW) }], 'nb');
    const teams = await withFiles(activities, 'msteams', doc, FIXTURE_NOW, 'nb');
    expect(teams[0]?.text).toBe(t('nb', 'common:export.ready'));
    expect(teams[0]?.attachments?.[0]).toMatchObject({ contentType: FILE_CONSENT_CARD, name: 'mine-data.json', content: { acceptContext: { file: 'export', date: FIXTURE_NOW } } });
    expect(await withFiles(activities, 'webchat', doc, FIXTURE_NOW, 'nb')).toEqual(activities);
  });

  it('puts the summary PDF right after its card: a consent card in Teams, a PDF in web chat; the buttons stay on the last message', async () => {
    const doc = motherDoc();
    const activities = render([summaryReplies(doc, FIXTURE_NOW)[0]!, { kind: 'text', key: 'common:help.intro', suggestions: [{ titleKey: 'common:answer.skip', value: 'hopp over' }] }], 'nb');
    for (const [channel, file] of [['msteams', FILE_CONSENT_CARD], ['webchat', 'application/pdf']] as const) {
      const sent = await withFiles(activities, channel, doc, FIXTURE_NOW, 'nb');
      expect(sent.map((a) => (a.attachments ?? []).map((x) => x.contentType))).toEqual([['application/vnd.microsoft.card.adaptive'], [file], []]);
      expect(sent.map((a) => a.suggestedActions?.actions.map((b) => b.value))).toEqual([undefined, undefined, ['hopp over']]);
    }
  });
});

describe('a file in web chat and Direct Line: a downloadable attachment', () => {
  it('sends the export inline in its CONTRACT.md shape, and the PDF as a data URL', async () => {
    const doc = motherDoc();
    const exported = fileAttachment('webchat', (await makeFile('export', doc, FIXTURE_NOW))!, FIXTURE_NOW, 'nb');
    expect(exported.contentType).toBe('application/json');
    expect(Object.keys(exported.content as object)).toEqual(expect.arrayContaining(['schemaVersion', 'mother', 'events', 'findings']));
    const pdf = fileAttachment('directline', (await makeFile('summary', doc, FIXTURE_NOW))!, FIXTURE_NOW, 'nb');
    expect(pdf).toMatchObject({ contentType: 'application/pdf', name: 'oppsummering.pdf' });
    expect(Buffer.from(pdf.contentUrl!.replace('data:application/pdf;base64,', ''), 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
