import { isWeakTerm, termsOf, termsOfWord } from '../../src/knowledge/analyzer';
import { outsideSubjectOf } from '../../src/knowledge/outside-subjects';

const terms = (word: string): readonly string[] => termsOfWord(word);

describe('the analyzer behind free questions', () => {
  it.each(['oppbevare', 'lagre', 'storing', 'stored', 'keep', 'romtemperatur', 'benken', 'fastlege', 'legen', 'jordmor', 'bleiane'])(
    'keeps a topic word meaningful, never weak through a stem it shares with a weak word: "%s"',
    (word) => {
      expect(terms(word).length).toBeGreaterThan(0);
      expect(terms(word).some((term) => !isWeakTerm(term))).toBe(true);
    },
  );

  it('keeps words apart that only their stems joined', () => {
    // «på nytt» (again) is no «nytte» (what it is for), «stilling» (a position) no English «still», «soften» no «soft»
    expect(terms('nytt')).not.toEqual(terms('nytte'));
    expect(terms('stilling')).toEqual(terms('position'));
    expect(terms('stilling').some((term) => isWeakTerm(term))).toBe(false);
    expect(terms('soften')).not.toEqual(terms('soft'));
  });

  it('reads Norwegian «stor» and «temperatur» apart from storage and room temperature', () => {
    expect(terms('store')).not.toEqual(terms('oppbevare'));
    expect(terms('temperatur')).not.toEqual(terms('romtemperatur'));
  });

  it.each([
    ['melkespreng', 'spreng'],
    ['nattamming', 'amme'],
    ['fødselsvekt', 'vekt'],
    ['tissebleier', 'bleie'],
    ['dobbeltpumping', 'pumpe'],
    // a first part it does not know: the compound is still what its last part is
    ['lillefinger', 'finger'],
    ['sykehuspumpe', 'pumpe'],
  ])('splits the compound "%s" into known words, among them "%s"', (word, part) => {
    const [partTerm] = terms(part);
    expect(terms(word)).toContain(partTerm);
  });

  it('reads nynorsk forms as their bokmål words', () => {
    expect(terms('bleiane')).toEqual(terms('bleiene'));
    expect(terms('fyrste')).toEqual(terms('første'));
    expect(terms('vaks')).toEqual(terms('vokste'));
    // «har vorte» is «has become», not a nipple
    expect(terms('vorte')).toEqual([]);
  });

  it('reads «hjelper» (what helps) apart from «hjelp» (someone to help)', () => {
    expect(terms('hjelper')).not.toEqual(terms('hjelp'));
    expect(terms('hjelper').every(isWeakTerm)).toBe(true);
  });

  it.each([
    ['kan jeg ta hostemedisin når jeg ammer', 'medicines'],
    ['er hodepinetabletter trygt', 'medicines'],
    ['har hun munnsopp', 'thrush'],
    ['når kommer rotavirusvaksinen', 'vaccines'],
  ])('names an outside subject at the end of a compound: "%s"', (text, subject) => {
    expect(outsideSubjectOf(text)).toBe(subject);
  });

  it.each(['spiller det noen rolle når jeg ammer', 'hun sover godt etter amming'])('finds no medicine inside unrelated words: "%s"', (text) => {
    expect(outsideSubjectOf(text)).not.toBe('medicines');
  });
});

describe('English forms', () => {
  it.each([
    ['poos', 'poo'],
    ['pooing', 'poo'],
    ['wees', 'wee'],
    ['peeing', 'pee'],
    ['nips', 'nipples'],
    ['fed', 'feed'],
    ['kept', 'keep'],
    ['gained', 'weight'],
  ])('reads "%s" as "%s"', (form, word) => {
    expect(termsOfWord(form)).toEqual(termsOfWord(word));
  });

  it("keeps contractions whole: «didn't» and «she's» are little words, «baby's» is the baby", () => {
    expect(termsOf("she's fine, didn't the baby's")).toEqual(termsOf('fine'));
  });
});

describe('little English words', () => {
  it('reads «few» and «matter» as carrying no topic', () => {
    expect(termsOf('a few')).toEqual([]);
    expect(termsOf('does it matter')).toEqual([]);
  });

  it('reads a plan, and the English «plane» that stems to it, as weak', () => {
    expect(termsOf('a plan for the plane').every(isWeakTerm)).toBe(true);
  });

  it('reads showing as weak, like «see»', () => {
    expect(termsOf('it shows').every(isWeakTerm)).toBe(true);
    expect(termsOf('hva viser det').every(isWeakTerm)).toBe(true);
  });

  it('reads the electric one as the pump', () => {
    expect(termsOf('den elektriske')).toEqual(termsOf('pumpa'));
    expect(termsOf('electric')).toEqual(termsOf('pump'));
  });

  it('reads the time of day and setting a clock as weak, like «morning»', () => {
    expect(termsOf('på dagtid').every(isWeakTerm)).toBe(true);
    expect(termsOf('set in the daytime').every(isWeakTerm)).toBe(true);
  });

  it('reads how much it hurts as weak, like «sykt»', () => {
    expect(termsOf('vanvittig').every(isWeakTerm)).toBe(true);
  });
});

describe('words stemmed as another word', () => {
  it('reads the tongue («tunga», «tungen») apart from heavy breasts («tunge»), whatever its ending', () => {
    expect(terms('tunga')).not.toContain(terms('tung')[0]);
    expect(terms('tungen')).not.toContain(terms('tung')[0]);
    expect(terms('tunge')).toContain(terms('tung')[0]);
  });

  it('reads «sette» and «settles» as putting, no pump setting, and never splits them', () => {
    expect(terms('sette')).not.toContain(terms('innstilling')[0]);
    expect(terms('settles')).toEqual([terms('put')[0]]);
  });
});

describe('nynorsk and spoken forms, round seven', () => {
  it('reads «teskei» as «teskje» and «misser», «mist» as losing («mister»)', () => {
    expect(terms('teskei')).toEqual(terms('teskje'));
    expect(terms('misser')).toEqual(terms('mister'));
    expect(terms('mist')).toEqual(terms('mistet'));
  });
});
