/**
 * The baseline: a bare botbuilder CloudAdapter behind restify that answers every message
 * with its text. Same HTTP stack and Bot Connector round trip as the real bot, no domain.
 * Run: PORT=3979 npx tsx bench/echo-bot.ts
 */
import restify, { type Request, type Response } from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';

const port = Number(process.env.PORT ?? 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser({ mapParams: false }));

server.get('/healthz', async (_req: Request, res: Response) => {
  res.send(200, { status: 'ok' });
});
server.post('/api/messages', async (req: Request, res: Response) => {
  await adapter.process(req, res, async (context: TurnContext) => {
    if (context.activity.type !== 'message') return;
    await context.sendActivity(context.activity.text || JSON.stringify(context.activity.value ?? ''));
  });
});

server.listen(port, '127.0.0.1', () => console.log(`echo bot on http://127.0.0.1:${port}/api/messages`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
