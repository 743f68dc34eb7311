import { asksWhatNow } from '../src/language/what-now';
import { isMoreSevere } from '../src/mother/severity';
import type { Finding } from '../src/mother/findings';
import type { MotherDocument } from '../src/store/mother-document';
import { findingReplies } from './logging';
import type { Reply } from './reply';

/** How long after advice «hva skal jeg gjøre?» is about it; advice to make contact, still holding, for a day. */
const ABOUT_THE_ADVICE_MS = 2 * 60 * 60 * 1000;
const ABOUT_CONTACT_ADVICE_MS = 24 * 60 * 60 * 1000;

/**
 * «hva skal jeg gjøre?», «er det farlig?» right after she was asked to contact someone got «Det kan jeg
 * dessverre ikke svare på»: the most serious advice of the last two hours (of the last day, for advice to
 * make contact that still holds) again, with its next step.
 * Undefined when her message asks something else, or no such advice was given.
 */
export function adviceAgain(doc: MotherDocument, message: string, now: string): Reply[] | undefined {
  if (!asksWhatNow(message)) return undefined;
  const open = doc.ruleState?.open ?? {};
  const about = (finding: Finding) =>
    !isMoreSevere('contact', finding.severity) && open[finding.code] !== undefined ? ABOUT_CONTACT_ADVICE_MS : ABOUT_THE_ADVICE_MS;
  const recent = doc.findings.filter((finding) => finding.severity !== 'info' && Date.parse(now) - Date.parse(finding.at) <= about(finding));
  const most = recent.reduce<Finding | undefined>((kept, finding) => (!kept || isMoreSevere(finding.severity, kept.severity) ? finding : kept), undefined);
  return most ? findingReplies([most]) : undefined;
}
