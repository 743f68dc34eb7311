import { stackFramesOf } from './stack-frames';
import type { TurnRequest, TurnResult } from './turn-request';

export interface TurnWorkerData {
  /** The embedded store's folder: the worker opens its own connection to the same file. */
  dataDir: string;
}

/** An error as it crosses threads: its name and stack frames, never its message (it may quote her). */
export interface CarriedError {
  name: string;
  frames: string;
}

export type ToTurnWorker = { kind: 'turn'; n: number; request: TurnRequest } | { kind: 'close' };

export type FromTurnWorker =
  | { kind: 'ready' }
  | { kind: 'start-failed'; error: CarriedError }
  | { kind: 'done'; n: number; result: TurnResult }
  | { kind: 'failed'; n: number; error: CarriedError };

export function carried(error: unknown): CarriedError {
  return { name: error instanceof Error ? error.name : typeof error, frames: stackFramesOf(error) };
}

/** The error again on this side, with the worker's frames as its stack, so that it is logged as before. */
export function errorFrom(error: CarriedError, message: string): Error {
  const rebuilt = new Error(message);
  rebuilt.name = error.name;
  rebuilt.stack = `${error.name}: ${message}\n${error.frames}`;
  return rebuilt;
}
