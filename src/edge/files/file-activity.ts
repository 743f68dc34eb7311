import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import type { Locale } from '../../mother/profile';
import { t } from '../../support/i18n';
import type { FileKind, OutgoingFile } from './outgoing-file';

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
 * The activities of a turn as her channel takes them: in Teams, the inline JSON export that render()
 * makes (CONTRACT.md's shape, which Teams cannot show) becomes a consent card for the same file.
 */
export function forChannel(activities: Partial<Activity>[], channelId: string, date: string, locale: Locale): Partial<Activity>[] {
  if (channelId !== TEAMS_CHANNEL) return activities;
  return activities.map((activity) => {
    if (!activity.attachments?.some((a) => a.contentType === 'application/json')) return activity;
    const attachments = activity.attachments.map((a) =>
      a.contentType === 'application/json'
        ? fileAttachment(channelId, { kind: 'export', name: a.name ?? 'export.json', contentType: a.contentType, bytes: Buffer.from(JSON.stringify(a.content, null, 2), 'utf8') }, date, locale)
        : a,
    );
    return { ...activity, attachments };
  });
}
