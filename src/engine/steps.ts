/**
 * Work in steps: a generator that yields wherever the work may stop for a while (every few hundred
 * findings or rows) and returns its result. The task pane runs such steps in slices on its UI
 * thread (hosts/pace.ts), the page answering clicks in between; anything else runs them at once.
 * Pure: no timers here.
 */

/** Steps of work: each `yield` is a place where the work may stop; the return value is the result. */
export type Steps<T> = Generator<void, T, void>;

/** Run steps to their end at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
