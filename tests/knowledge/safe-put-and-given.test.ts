import { itTellsEach } from './support/answers-per-language';

/**
 * Whether it is safe, where she put it, and who gave her the pump fit any question: «er det trygt», «satte den i»,
 * «the nurses gave me a pump» are neither a topic of their own nor whom she asks for help.
 */
describe('safe, put and given', () =>
  itTellsEach({
    nb: [['satte den i fryseren, er det trygt', 'milk-storage'], ['helsesøster ga meg en pumpe, hvor ofte', 'pumping-frequency']],
    nn: [['er det trygt å tine mjølka i mikroen', 'milk-storage']],
    en: [['the nurses gave me a pump, how often', 'pumping-frequency']],
  }));
