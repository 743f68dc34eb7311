import { Resvg } from '@resvg/resvg-js';
import type { Locale } from '../../mother/profile';
import type { WeekTable } from '../../mother/week-table';
import { CHART_FONT_FILES } from './chart-font';
import { CHART_FONT_FAMILY, weekChartSvg } from './week-chart-svg';

/**
 * The PNG is drawn at three quarters of the SVG's width: still sharp on a phone (about 400 points wide),
 * and a full week stays near 64 KB, so the message with it inline (base64, a third more) stays under
 * the 100 KB a connector takes in one request (the Agents Playground's limit; Teams counts no inline image).
 */
export const PNG_WIDTH = 540;

/**
 * Her week as a PNG, made on request and not stored: our SVG (week-chart-svg.ts) drawn by resvg,
 * a Rust SVG renderer shipped as a prebuilt binary in the npm package, with our font files only.
 * No browser, no system fonts: the same week gives the same bytes.
 */
export function weekChartPng(table: WeekTable, locale: Locale): Buffer {
  const svg = weekChartSvg(table, locale);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [CHART_FONT_FILES.regular, CHART_FONT_FILES.bold], defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'width', value: PNG_WIDTH },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
