import { withIdiomsRead } from '../../src/knowledge/idioms';

describe('withIdiomsRead', () => {
  it.each([
    ['fikk han i seg nok i går', 'fikk han i seg nok nok i går'],
    ['korleis får eg han til å ta brystet', 'korleis får eg han til å ta brystet sugetak'],
    ['tar hun brystet riktig', 'tar hun brystet riktig sugetak'],
    ['skal ho ta puppen skikkeleg', 'skal ho ta puppen skikkeleg sugetak'],
    ['help the baby take the breast', 'help the baby take the breast latch'],
    ['ho et heile tida', 'ho et ete heile tida'],
    ['et glass vann', 'et glass vann'],
    ['får i seg lite', 'får i seg nok lite'],
    ['is she getting anything at all', 'is she getting anything enough at all'],
    ['he did not take anything in', 'he did not take anything in enough'],
    ['hva gjør jeg rett etter at hun er født', 'hva gjør jeg rett etter at hun er født etter fødselen'],
    ['what do i do as soon as hes born', 'what do i do as soon as hes born after birth'],
    ['han vil ha puppen hele tida', 'han vil ha puppen amme hele tida'],
    ['har du noen å snakke med', 'har du noen å snakke hjelp med'],
    ['må eg stå opp og mate', 'må eg våkne og mate'],
    ['pumping often enough', 'pumping often'],
    ['vondt i natt', 'vondt tonight'],
    ['kommer det noe i magen hans', 'kommer det noe i magen nok hans'],
    ['is he getting what he needs', 'is he getting what he needs enough'],
    ['kan jeg klemme med fingrene mine', 'kan jeg klemme for hånd'],
    ['pressing with my fingers', 'pressing for hånd'],
    ['hva hjelper det å lære det', 'hvorfor lære det'],
    ['what good does it do', 'why do'],
    ['she keeps asking for more', 'she asking for more'],
    ['can my nurse come', 'can the helsesykepleier come'],
    ['my nurse said so', 'said so'],
    ['når kommer melka, og ikke bare noen få dråper', 'når kommer melka,'],
    ['when does milk come and not only tiny beads', 'when does milk come'],
    ['when does it kick in', 'when does it comes'],
    ['svien går ikke over', 'svien lindrer'],
    ['gjør jeg det på best mulig måte', 'gjør jeg det hvordan'],
    ['kva kan eg venta å få', 'kva kan eg forvente få'],
    ['lekker det før fødselen', 'lekker det i svangerskapet'],
    ['does it start before the baby is born', 'does it start in pregnancy'],
    ['hun er 3 dager gammel', 'hun er 3 dager'],
    ['how much should a two day old have', 'how much should a two day have'],
    ['helsesøster sa jeg burde pumpe', 'sa jeg burde pumpe'],
    ['the midwife told me to', 'the told me to'],
    ['hvor lenge skal han ligge ved brystet', 'hvor lenge skal han ligge ved brystet amme'],
    ['is it ok that shes on again', 'is it ok that shes on feeding again'],
    ['is he still hungry', 'is he getting enough'],
    ['går hun sulten', 'getting enough'],
    ['she was born 5 minutes ago', 'she was rett etter fødselen'],
    ['er hun lagt riktig til', 'er hun sugetak'],
    ['the right way to hold her', 'how to hold her'],
    ['is the golden hour over', 'is første timen over'],
    ['gjør jeg noe feil', 'hvordan'],
    ['what am i doing wrong', 'hvordan'],
    ['she dropped 200 g', 'she lose 200 g'],
    ['how much weight do they drop', 'how much weight do they lose'],
    ['har hun godt tak', 'har hun sugetak'],
    ['is my milk in yet', 'my milk comes in yet'],
    ['i think the milk is in', 'i think the milk comes in'],
    ['it clicks every time he feeds', 'it clicks  he feeds'],
    ['hvor lenge til det blir vanlig melk', 'hvor lenge overgangsmelk'],
    ['how long until it turns into milk', 'how long overgangsmelk'],
  ])('"%s" has its meaning written out', (text, read) => {
    expect(withIdiomsRead(text)).toBe(read);
  });

  it('leaves other uses of the little words alone', () => {
    expect(withIdiomsRead('jeg får ikke sove i seng')).toBe('jeg får ikke sove i seng');
    expect(withIdiomsRead('get in touch')).toBe('get in touch');
    expect(withIdiomsRead('melken kommer ut med en gang')).toBe('melken kommer ut med en gang');
    expect(withIdiomsRead('hvor skal fingrene være')).toBe('hvor skal fingrene være');
    expect(withIdiomsRead('hva hjelper mot såre vorter')).toBe('hva hjelper mot såre vorter');
    expect(withIdiomsRead('how long does milk keep in the fridge')).toBe('how long does milk keep in the fridge');
    expect(withIdiomsRead('i nurse every two hours')).toBe('i nurse every two hours');
    expect(withIdiomsRead('det er ikke bare vondt')).toBe('det er ikke bare vondt');
    expect(withIdiomsRead('når går råmelka over til moden melk')).toBe('når går råmelka over til moden melk');
    expect(withIdiomsRead('må jeg vente på melka')).toBe('må jeg vente på melka');
    expect(withIdiomsRead('rett etter fødselen')).toBe('rett etter fødselen');
    expect(withIdiomsRead('kan jeg mate henne på koppen')).toBe('kan jeg mate henne på koppen');
    expect(withIdiomsRead('kan melka være 2 dager gammel')).toBe('kan melka være 2 dager gammel');
    expect(withIdiomsRead('is 3 day old milk ok')).toBe('is 3 day old milk ok');
    expect(withIdiomsRead('kan jeg ringe jordmor')).toBe('kan jeg ringe jordmor');
    expect(withIdiomsRead('he is on antibiotics')).toBe('he is on antibiotics');
    expect(withIdiomsRead('is she hungry')).toBe('is she hungry');
    expect(withIdiomsRead('legg til en bleie')).toBe('legg til en bleie');
    expect(withIdiomsRead('i only get a few drops')).toBe('i only get a few drops');
    expect(withIdiomsRead('hvordan får jeg tak i jordmor')).toBe('hvordan får jeg tak i jordmor');
    expect(withIdiomsRead('how many times a day, every time')).toBe('how many times a day, every time');
  });
});
