import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { isValidTime } from '../../mother/time';
import type { MotherStore } from '../../store/mother-store';
import { motherIdOf } from '../../store/mother-identity';
import type { Logger } from '../../support/logger';
import { t } from '../../support/i18n';
import { FILE_INFO_CARD, type FileConsentContext } from './file-activity';
import { FILE_KINDS, makeFile, type FileKind } from './outgoing-file';

export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';
/** How long the upload to her OneDrive may take: the invoke's answer is due soon after. */
const UPLOAD_TIMEOUT_MS = 8_000;

/** What Teams sends when she answers a FileConsentCard. */
interface FileConsentValue {
  type?: string;
  action?: 'accept' | 'decline';
  context?: unknown;
  uploadInfo?: { contentUrl?: string; name?: string; uploadUrl?: string; fileType?: string; uniqueId?: string };
}

export interface FileConsentDeps {
  store: Pick<MotherStore, 'get'>;
  logger: Pick<Logger, 'warn'>;
}

export function isFileConsent(activity: Pick<Activity, 'type' | 'name'>): boolean {
  return activity.type === ActivityTypes.Invoke && activity.name === FILE_CONSENT_INVOKE;
}

/**
 * Her answer to a FileConsentCard. Accepted: the file is made again from her document as of the
 * card's date, PUT whole to the upload URL Teams gives (one range, all bytes), and shown to her as a
 * FileInfo card. Declined: a kind line. Either way the invoke is answered 200, so Teams shows no error.
 */
export async function handleFileConsent(context: TurnContext, deps: FileConsentDeps): Promise<void> {
  const activity = context.activity;
  const value = (activity.value ?? {}) as FileConsentValue;
  const request = consentContextOf(value.context);
  const stored = await deps.store.get(motherIdOf(activity));
  const doc = stored?.doc;
  if (doc) {
    const say = (key: string) => context.sendActivity({ type: ActivityTypes.Message, text: t(doc.locale, key), locale: doc.locale });
    if (value.action === 'decline') await say('files:declined');
    else if (value.action === 'accept' && request) {
      const file = await makeFile(request.file, doc, request.date);
      const upload = value.uploadInfo;
      if (!file) await say('files:gone');
      else if (!upload?.uploadUrl || !isHttps(upload.uploadUrl)) await say('files:failed');
      else {
        const status = await put(upload.uploadUrl, file.bytes);
        if (status >= 200 && status < 300) {
          await context.sendActivity({
            type: ActivityTypes.Message,
            locale: doc.locale,
            attachments: [{ contentType: FILE_INFO_CARD, contentUrl: upload.contentUrl, name: upload.name ?? file.name, content: { uniqueId: upload.uniqueId, fileType: upload.fileType } }],
          });
        } else {
          deps.logger.warn({ motherId: doc.id, file: request.file, status }, 'file upload failed');
          await say('files:failed');
        }
      }
    }
  }
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
}

/** The card's context, when it is one we wrote: a known file and a valid time. */
function consentContextOf(raw: unknown): FileConsentContext | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { file, date } = raw as Record<string, unknown>;
  if (!FILE_KINDS.includes(file as FileKind) || !isValidTime(date)) return undefined;
  return { file: file as FileKind, date };
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The whole file in one PUT, as OneDrive's upload session takes it; the HTTP status, or 0 when none came. */
async function put(url: string, bytes: Buffer): Promise<number> {
  try {
    const response = await fetch(url, {
      method: 'PUT',
      headers: { 'Content-Length': String(bytes.length), 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: new Uint8Array(bytes),
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    return response.status;
  } catch {
    return 0;
  }
}
