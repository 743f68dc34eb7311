import fs from 'node:fs';
import path from 'node:path';
import { PNG_WIDTH, weekChartPng } from '../../src/edge/picture/week-chart';
import { weekChartSvg } from '../../src/edge/picture/week-chart-svg';
import { weekChartText } from '../../src/edge/picture/week-chart-text';
import { atHour } from '../../src/mother/time';
import { weekTable } from '../../src/mother/week-table';
import { fixtureWeek, FIXTURE_NOW } from './week-fixture';

/**
 * The golden image: tests/picture/golden/week-both-nb.png is the fixture week as it was looked at and
 * found readable. Any change to the picture's code that changes a pixel fails here; when the change is
 * meant, look at the new image and store it with UPDATE_GOLDEN=1.
 */
const GOLDEN = path.join(__dirname, 'golden', 'week-both-nb.png');

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the picture of her week', () => {
  const table = weekTable(fixtureWeek('both'), FIXTURE_NOW);

  it('is the stored golden image, byte for byte', () => {
    const png = weekChartPng(table, 'nb');
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, png);
    expect(png.equals(fs.readFileSync(GOLDEN))).toBe(true);
  });

  it('gives the same bytes for the same week, and a phone-sized image', () => {
    const first = weekChartPng(table, 'en');
    expect(weekChartPng(weekTable(fixtureWeek('both'), FIXTURE_NOW), 'en').equals(first)).toBe(true);
    expect(pngSize(first)).toEqual({ width: PNG_WIDTH, height: expect.any(Number) });
    // Inline as base64 with its message, a full week stays under a connector's 100 KB request.
    expect(Math.ceil(first.length / 3) * 4).toBeLessThan(90_000);
    expect(pngSize(first).height).toBeLessThan(1400);
  });

  it('changes when her week changes', () => {
    const source = fixtureWeek('both');
    const fewer = { ...source, events: source.events.slice(1) };
    expect(weekChartPng(weekTable(fewer, FIXTURE_NOW), 'nb').equals(weekChartPng(table, 'nb'))).toBe(false);
  });

  it('labels the picture in her language and carries no name', () => {
    expect(weekChartSvg(table, 'nb')).toContain('Uken din så langt');
    expect(weekChartSvg(table, 'nn')).toContain('Veka di så langt');
    expect(weekChartSvg(table, 'en')).toContain('Wet diapers (at least 1, 2, 3, 4, then 6)');
  });

  it('shows a panel for pumped milk only when she pumps', () => {
    const breast = fixtureWeek('breast');
    expect(weekChartSvg(weekTable(breast, FIXTURE_NOW), 'nb')).not.toContain('Pumpet melk');
    expect(weekChartSvg(weekTable(fixtureWeek('pump'), FIXTURE_NOW), 'nb')).toContain('Pumpet melk, ml per økt (linje: 20 ml)');
  });
});

describe('the picture in words', () => {
  it('gives every number the picture shows, the lines, the milk coming in and the days with findings', () => {
    const { alt, sentence } = weekChartText(weekTable(fixtureWeek('both'), FIXTURE_NOW), 'nb');
    expect(alt).toContain('Amminger per dag: 6, 9, 9, 10, 9, 7, 8.');
    expect(alt).toContain('Pumpet melk i ml per dag: 5, 19, 83, 65, 85, 50, 115.');
    expect(alt).toContain('Våte bleier per dag: 1, 2, 3, 5, 6, 4, 7.');
    expect(alt).toContain('Gule bæsjebleier per dag: 0, 0, 1, 3, 4, 2, 4.');
    expect(alt).toContain('Melken kom inn dag 3.');
    expect(alt).toContain('Funn er merket på dag 1, 2, 3 og 6.');
    expect(sentence).toBe('Her er uken din så langt i et bilde, dag 1–7 etter fødselen. De stiplete linjene viser det vi regner med hver dag. Melken kom inn dag 3.');
  });

  it('speaks of her days so far, without milk-in before it came, in English too', () => {
    const source = fixtureWeek('breast');
    const { alt, sentence } = weekChartText(weekTable({ ...source, findings: source.findings.slice(0, 1) }, atHour(source.profile, 30)), 'en');
    expect(alt).toContain('Breastfeeds per day: 6, 9.');
    expect(alt).not.toContain('Pumping');
    expect(alt).toContain('A finding is marked on day 1.');
    expect(sentence).toBe('Here is your week so far in a picture, days 1–2 after the birth. The dashed lines show what we expect each day.');
  });
});
