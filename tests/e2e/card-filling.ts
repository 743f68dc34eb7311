import type { Locator } from 'playwright-core';

/**
 * Fills the onboarding card the way a mother would, in either UI: the Teams-like playground draws
 * Fluent pickers (a calendar, a list of half hours), Web Chat draws the browser's own inputs.
 * Birth: `today` (YYYY-MM-DD, Oslo) at 03:00.
 */
export async function fillOnboardingCard(card: Locator, today: string, feedingMode: 'breast' | 'pump' | 'both'): Promise<void> {
  await card.locator('input[type=checkbox]').first().check();

  const fluentDate = card.locator('.fui-DatePicker input');
  if (await fluentDate.count()) {
    // The calendar opens on today's month (the browser runs in Europe/Oslo). Picking the day by its
    // name waits for the calendar to be drawn; a key pressed before that would be lost.
    await fluentDate.first().click();
    await card.page().locator(`.fui-CalendarDayGrid__dayButton[aria-label="${calendarDayLabel(today)}"]`).click();
    if (!(await fluentDate.first().inputValue())) throw new Error(`the date picker did not take ${today}`);
  } else {
    await card.locator('input[type=date]').first().fill(today);
  }

  const fluentTime = card.locator('.fui-TimePicker input');
  if (await fluentTime.count()) {
    await fluentTime.first().click();
    await card.page().getByRole('option', { name: '3:00 AM', exact: true }).click();
  } else {
    await card.locator('input[type=time]').first().fill('03:00');
  }

  const radio = card.locator(`input[type=radio][value="${feedingMode}"]`);
  if (await radio.count()) await radio.first().check();
  else await card.locator('select', { has: card.page().locator(`option[value="${feedingMode}"]`) }).first().selectOption(feedingMode);
}

/** How the Fluent calendar names a day in en-US: "24, November, 2026". */
function calendarDayLabel(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return `${day}, ${monthName}, ${year}`;
}

/** Answers every question of a check-in card with the same small number. */
export async function fillCheckinCard(card: Locator, answer: string): Promise<void> {
  const inputs = card.locator('input:not([type=checkbox]):not([type=radio]):not([type=hidden])');
  const count = await inputs.count();
  for (let i = 0; i < count; i++) await inputs.nth(i).fill(answer);
}

export const cardButtons = (card: Locator): Locator => card.locator('.ac-actionSet button');
