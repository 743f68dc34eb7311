/** The Adaptive Card schema version that both Teams and Web Chat render. */
export const CARD_VERSION = '1.5';

export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
}

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: CARD_VERSION, body, ...(actions.length ? { actions } : {}) };
}

export const heading = (text: string): CardElement => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true });
export const paragraph = (text: string): CardElement => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' });
export const submit = (title: string, data: Record<string, unknown>): CardElement => ({ type: 'Action.Submit', title, data });
export const choices = (pairs: Array<[string, string]>): CardElement[] => pairs.map(([value, title]) => ({ title, value }));
