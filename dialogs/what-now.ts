import { asksWhatNow } from '../src/language/what-now';
import { isMoreSevere } from '../src/mother/severity';
import type { Finding } from '../src/mother/findings';
import type { MotherDocument } from '../src/store/mother-document';
import { findingReplies } from './logging';
import type { Reply } from './reply';

/** How long after advice «hva skal jeg gjøre?» is about it. */
const ABOUT_THE_ADVICE_MS = 2 * 60 * 60 * 1000;

/**
 * «hva skal jeg gjøre?», «er det farlig?» right after she was asked to contact someone got «Det kan jeg
 * dessverre ikke svare på»: the most serious advice of the last two hours again, with its next step.
 * Undefined when her message asks something else, or no such advice was given.
 */
export function adviceAgain(doc: MotherDocument, message: string, now: string): Reply[] | undefined {
  if (!asksWhatNow(message)) return undefined;
  const recent = doc.findings.filter((finding) => finding.severity !== 'info' && Date.parse(now) - Date.parse(finding.at) <= ABOUT_THE_ADVICE_MS);
  const most = recent.reduce<Finding | undefined>((kept, finding) => (!kept || isMoreSevere(finding.severity, kept.severity) ? finding : kept), undefined);
  return most ? findingReplies([most]) : undefined;
}
