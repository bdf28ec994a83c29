// kuromoji, built once and lazily, never waited on for long: the first requests wait until a deadline
// (firstWaitMs after the build started) at most, later ones use it only when it is ready. A failed
// build is not retried; the engine then always runs without it.
import type { Tokenizer } from '../types';

export interface TokenizerGate {
  /** Start building (idempotent). */
  start(): void;
  /** The tokenizer if ready by the deadline, else undefined. `waitMs` caps the wait further. */
  get(waitMs?: number): Promise<Tokenizer | undefined>;
  readonly state: 'idle' | 'building' | 'ready' | 'failed';
}

export interface TokenizerGateOptions {
  firstWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const FIRST_WAIT_MS = 1500;

export function createTokenizerGate(load: () => Promise<Tokenizer>, opts: TokenizerGateOptions = {}): TokenizerGate {
  const firstWaitMs = opts.firstWaitMs ?? FIRST_WAIT_MS;
  const now = opts.now ?? (() => Date.now());
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let state: TokenizerGate['state'] = 'idle';
  let tokenizer: Tokenizer | undefined;
  let building: Promise<Tokenizer | undefined> | null = null;
  let deadline = 0;

  const start = () => {
    if (building) return;
    state = 'building';
    deadline = now() + firstWaitMs;
    building = Promise.resolve()
      .then(load)
      .then(
        (t) => {
          tokenizer = t;
          state = 'ready';
          return t;
        },
        (err) => {
          state = 'failed';
          console.debug('leakmark: kuromoji build failed', err);
          return undefined;
        },
      );
  };

  return {
    start,
    async get(waitMs = Infinity) {
      if (tokenizer) return tokenizer;
      start();
      if (state === 'failed') return undefined;
      const wait = Math.min(waitMs, deadline - now());
      if (wait <= 0) return undefined;
      return Promise.race([building!, sleep(wait).then(() => undefined)]);
    },
    get state() {
      return state;
    },
  };
}
