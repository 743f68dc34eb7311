/**
 * The web chat page's own words, in bokmål. The bot's sentences live in locales/;
 * these frame the page before the bot has said anything.
 */
export const PAGE_TEXT = {
  title: 'Første ammeuke',
  intro: 'Her kan du skrive med en ammeveileder den første uka etter fødselen. Den erstatter ikke jordmor, helsesykepleier eller lege.',
  urgent: 'Haster det? Ring legevakt på 116 117. Er livet i fare, ring 113.',
  connecting: 'Kobler til praten …',
  connectFailed: 'Vi får ikke kontakt med praten akkurat nå. Last inn siden på nytt om litt.',
  notConfigured: 'Nettpraten er ikke slått på her ennå. Du kan fortsatt bruke ammeveilederen i Teams.',
  notConfiguredOperator: 'For den som driver tjenesten: sett DIRECT_LINE_SECRET til nøkkelen fra Direct Line-kanalen til boten.',
  noScript: 'Nettpraten trenger JavaScript. Slå det på i nettleseren din.',
} as const;
