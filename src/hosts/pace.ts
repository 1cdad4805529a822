/**
 * Long work on the task pane's UI thread done in short slices: between two slices the browser
 * paints and answers clicks and keys, so no single task holds the page for long (a large workbook's
 * cells converted, its sheets handed to the engine's worker, thousands of marks built).
 *
 * The work itself stays plain code: a generator that yields wherever it may stop (every few hundred
 * rows or findings: engine/steps.ts), run by `paced`, which goes on until its slice of time is spent,
 * then lets the page have a turn. The same generator run by `drain` is the synchronous function.
 */
import type { Steps } from '../engine/steps';

/** Time a slice of work may take before the page gets a turn (ms): well under a frame's budget of 50. */
const SLICE_MS = 8;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

type Resume = () => void;

/** A message channel answers in the next task without setTimeout's 4 ms floor once timers nest. */
let channel: { port: MessagePort; waiting: Resume[] } | null = null;

function viaChannel(): Promise<void> {
  if (!channel) {
    const c = new MessageChannel();
    const waiting: Resume[] = [];
    c.port1.onmessage = () => waiting.shift()?.();
    channel = { port: c.port2, waiting };
  }
  const ch = channel;
  return new Promise<void>((resume) => {
    ch.waiting.push(resume);
    ch.port.postMessage(null);
  });
}

/**
 * Resolves in a later task of the event loop (not a microtask): what was queued meanwhile — a paint,
 * a click, a message from the worker — runs first. A page's message channel where there is one,
 * else setImmediate (Node), else setTimeout.
 */
export function nextTask(): Promise<void> {
  if (typeof window !== 'undefined' && typeof MessageChannel === 'function') return viaChannel();
  if (typeof setImmediate === 'function') return new Promise<void>((r) => setImmediate(r));
  return new Promise<void>((r) => setTimeout(r, 0));
}

/** A clock for slices: `due` once the current slice has run its time; `pause()` yields to the page and starts a new slice. */
export interface Pacer {
  readonly due: boolean;
  pause(): Promise<void>;
}

export function pacer(sliceMs = SLICE_MS): Pacer {
  let start = now();
  return {
    get due() {
      return now() - start >= sliceMs;
    },
    async pause() {
      await nextTask();
      start = now();
    },
  };
}

/**
 * Run steps in slices, the page getting a turn between them. With `cancelled` (asked at every
 * pause) the run can end early: the promise then resolves to undefined.
 */
export function paced<T>(steps: Steps<T>, pace?: Pacer): Promise<T>;
export function paced<T>(steps: Steps<T>, pace: Pacer, cancelled: () => boolean): Promise<T | undefined>;
export async function paced<T>(steps: Steps<T>, pace: Pacer = pacer(), cancelled?: () => boolean): Promise<T | undefined> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (pace.due) {
      await pace.pause();
      if (cancelled?.()) return undefined;
    }
  }
}
