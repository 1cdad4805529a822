import { drain, type Steps } from '../engine/steps';
import { nextTask, paced, pacer, type Pacer } from './pace';

function* counting(n: number, seen: number[]): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    seen.push(i);
    yield;
  }
  return sum;
}

/** A pacer whose slice is always spent, counting its pauses. */
function everyStep(): Pacer & { pauses: number } {
  const p = { pauses: 0, due: true, pause: async () => void (p.pauses++, await nextTask()) };
  return p;
}

describe('pace: work in slices on the pane’s thread', () => {
  test('paced gives what drain gives', async () => {
    expect(await paced(counting(1000, []))).toBe(drain(counting(1000, [])));
  });

  test('between slices the event loop has a turn (a task queued meanwhile runs before the work goes on)', async () => {
    const seen: number[] = [];
    const pace = everyStep();
    const run = paced(counting(5, seen), pace);
    let at = -1;
    // a task queued after the work began (setImmediate here, a message or a click in a page)
    void nextTask().then(() => (at = seen.length));
    await run;
    expect(pace.pauses).toBe(5);
    // the timer ran in the middle of the work, not after it
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(5);
  });

  test('a run asked to stop ends at its next pause, with undefined', async () => {
    const seen: number[] = [];
    let stop = false;
    const run = paced(counting(1000, seen), everyStep(), () => stop);
    stop = true;
    expect(await run).toBeUndefined();
    expect(seen).toHaveLength(1);
  });

  test('a slice lasts its time: no pause before it is spent', async () => {
    const p = pacer(60_000);
    expect(p.due).toBe(false);
    expect(await paced(counting(10_000, []), p)).toBe((10_000 * 9_999) / 2);
  });
});
