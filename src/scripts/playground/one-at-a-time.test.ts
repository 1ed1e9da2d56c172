import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.ts';

/** A task whose runs are recorded and each finish when the test says so. */
function heldTask() {
  const runs: (() => void)[] = [];
  const task = () => new Promise<void>((resolve) => runs.push(resolve));
  return { runs, task };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('oneAtATime', () => {
  it.each([
    [1, 1],
    [2, 2],
    [5, 2],
  ])('%i calls while the first run lasts make %i runs in all, never two at once', async (calls, runsInAll) => {
    const { runs, task } = heldTask();
    const run = oneAtATime(task, () => undefined);
    for (let i = 0; i < calls; i++) run();
    expect(runs).toHaveLength(1);
    runs[0]!();
    await settle();
    expect(runs).toHaveLength(runsInAll);
    runs[runsInAll - 1]!();
    await settle();
    expect(runs).toHaveLength(runsInAll);
  });

  it('hands a failure on and runs again when asked', async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const run = oneAtATime(
      async () => {
        calls++;
        await Promise.resolve();
        throw new Error('no model');
      },
      (error) => failures.push(error),
    );
    run();
    await settle();
    run();
    await settle();
    expect(calls).toBe(2);
    expect(failures.map((error) => (error as Error).message)).toEqual(['no model', 'no model']);
  });
});
