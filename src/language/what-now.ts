import { normalize } from './normalize';
import { phrases } from './phrases';
import { tokenize } from './tokens';

/** Whole messages that ask what the advice just given means for her: «hva skal jeg gjøre?», «what now?». */
const WHAT_NOW = new Set(
  phrases([
    'hva skal jeg gjøre', 'hva gjør jeg', 'hva gjør jeg nå', 'hva skal jeg gjøre nå', 'hva må jeg gjøre', 'hva betyr det', 'hva betyr dette', 'hva mener du',
    'er det farlig', 'er det farlig for babyen', 'er det farlig for henne', 'er det farlig for han', 'hva nå', 'hvem skal jeg ringe', 'må jeg ringe', 'hva så',
    'kva skal eg gjere', 'kva gjer eg', 'kva gjer eg no', 'kva skal eg gjere no', 'kva må eg gjere', 'kva betyr det', 'kva meiner du', 'er det farleg',
    'er det farleg for babyen', 'kva no', 'kven skal eg ringe', 'må eg ringe', 'kva så',
    'what should i do', 'what do i do', 'what do i do now', 'what should i do now', 'what now', 'what does that mean', 'what does it mean', 'what do you mean',
    'is it dangerous', 'is that dangerous', 'is it dangerous for the baby', 'who should i call', 'should i call', 'do i need to call', 'what then',
  ]).map((words) => words.join(' ')),
);

/** Her message only asks what to do now, or what it means. */
export function asksWhatNow(text: string): boolean {
  const words = tokenize(normalize(text))
    .filter((token) => !/^[?.!,]$/.test(token.text))
    .map((token) => token.text);
  return words.length > 0 && words.length <= 8 && WHAT_NOW.has(words.join(' '));
}
