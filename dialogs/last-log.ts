import type { UndoneType } from '../src/language/intent';
import type { MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';
import { whenText } from './stored-summary';

/** «når ammet jeg sist?»: when her last log of that kind was, as her confirmations say the time. */
export function lastLogReplies(doc: MotherDocument, type: UndoneType, now: string): Reply[] {
  const last = [...doc.events].reverse().find((event) => event.type === type);
  if (!last) return [text(`dialog:lastLog.none.${type}`)];
  return [text(`dialog:lastLog.${type}`, { when: whenText(last.at, { timezone: doc.profile!.timezone, now }) })];
}
