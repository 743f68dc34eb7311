import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import type { Locale } from '../../mother/profile';
import { t } from '../../support/i18n';
import type { MotherDocument } from '../../store/mother-document';
import { slotFile } from './file-slot';
import { EXPORT_FILE_NAME, makeFile, type FileKind, type OutgoingFile } from './outgoing-file';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
export const TEAMS_CHANNEL = 'msteams';

/** All a consent card carries: which file, made as of when. Never the bytes, never a health value. */
export interface FileConsentContext {
  file: FileKind;
  date: string;
}

/**
 * A file as her channel takes it. Teams shows no file a bot attaches: it asks her consent first
 * (FileConsentCard), and the file is uploaded to her OneDrive when she accepts (file-consent.ts).
 * Web Chat and Direct Line download an attachment: the export inline as JSON, as CONTRACT.md says,
 * the PDF and the picture as data URLs.
 */
export function fileAttachment(channelId: string, file: OutgoingFile, date: string, locale: Locale): Attachment {
  if (channelId === TEAMS_CHANNEL) {
    const context: FileConsentContext = { file: file.kind, date };
    return {
      contentType: FILE_CONSENT_CARD,
      name: file.name,
      content: { description: t(locale, `files:offer.${file.kind}`), sizeInBytes: file.bytes.length, acceptContext: context, declineContext: context },
    };
  }
  if (file.kind === 'export') return { contentType: 'application/json', name: file.name, content: JSON.parse(file.bytes.toString('utf8')) as unknown };
  return { contentType: file.contentType, name: file.name, contentUrl: `data:${file.contentType};base64,${file.bytes.toString('base64')}` };
}

/** A message with the file, or its consent card, and the words that go with it. */
export function fileActivity(channelId: string, file: OutgoingFile, date: string, locale: Locale, text?: string): Partial<Activity> {
  return { type: ActivityTypes.Message, locale, ...(text ? { text } : {}), attachments: [fileAttachment(channelId, file, date, locale)] };
}

/**
 * The activities of a turn as her channel takes them. A file slot (file-slot.ts) becomes a message of
 * its own with the file made from her document, or its consent card in Teams; in Teams the inline
 * JSON export that render() makes (CONTRACT.md's shape, which Teams cannot show) becomes a consent
 * card for the same file. The turn's buttons stay on its last message.
 */
export async function withFiles(activities: Partial<Activity>[], channelId: string, doc: MotherDocument | undefined, date: string, locale: Locale): Promise<Partial<Activity>[]> {
  const out: Partial<Activity>[] = [];
  for (const activity of activities) {
    const slots = (activity.attachments ?? []).map(slotFile).filter((kind): kind is FileKind => kind !== undefined);
    const kept = (activity.attachments ?? []).filter((a) => slotFile(a) === undefined).map((a) => (channelId === TEAMS_CHANNEL && a.contentType === 'application/json' ? exportConsent(a, date, locale) : a));
    out.push(activity.attachments ? { ...activity, attachments: kept } : activity);
    for (const kind of slots) {
      const file = doc ? await makeFile(kind, doc, date) : undefined;
      if (file) out.push(fileActivity(channelId, file, date, locale));
    }
  }
  const buttons = activities.at(-1)?.suggestedActions;
  if (!buttons || out.length === activities.length) return out;
  return out.map(({ suggestedActions: _moved, ...activity }, at) => (at === out.length - 1 ? { ...activity, suggestedActions: buttons } : activity));
  return out;
}

function exportConsent(attachment: Attachment, date: string, locale: Locale): Attachment {
  const bytes = Buffer.from(JSON.stringify(attachment.content, null, 2), 'utf8');
  return fileAttachment(TEAMS_CHANNEL, { kind: 'export', name: attachment.name ?? EXPORT_FILE_NAME, contentType: 'application/json', bytes }, date, locale);
}
