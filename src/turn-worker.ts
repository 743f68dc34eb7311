/**
 * The worker thread that runs her turns: read her document, decide, write. The event loop's
 * thread keeps HTTP, botbuilder and the replies, so at load the two share the machine's cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteMotherStore } from './store/sqlite-mother-store';
import { carried, type FromTurnWorker, type ToTurnWorker, type TurnWorkerData } from './turn-worker-messages';
import { runTurnRequest } from './turn-request';

const port = parentPort;
if (!port) throw new Error('turn-worker runs as a worker thread (see worker-turn-runner.ts)');
const tell = (message: FromTurnWorker): void => port.postMessage(message);

let store: SqliteMotherStore | undefined;
try {
  store = SqliteMotherStore.open((workerData as TurnWorkerData).dataDir);
} catch (error) {
  tell({ kind: 'start-failed', error: carried(error) });
}

if (store) {
  const opened = store;
  port.on('message', (message: ToTurnWorker) => {
    if (message.kind === 'close') {
      void opened.close().finally(() => port.close());
      return;
    }
    runTurnRequest(opened, message.request)
      .then((result) => tell({ kind: 'done', n: message.n, result }))
      // A turn that failed, or whose answer could not be sent: either way the main thread hears of it.
      .catch((error: unknown) => tell({ kind: 'failed', n: message.n, error: carried(error) }));
  });
  tell({ kind: 'ready' });
}
