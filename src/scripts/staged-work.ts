/**
 * Work for a page's first render, one job per task, so that no single task holds
 * the page up for long (Lighthouse's Total Blocking Time); once the first render
 * has settled, jobs run at once, as a reader's changes expect. `onSettled` marks
 * the page as ready, for the tests that read what the later jobs draw.
 */
export function stagedWork(onSettled: () => void) {
  let staging = true;
  const queue: (() => void)[] = [];
  const pump = () => {
    queue.shift()?.();
    if (queue.length > 0) {
      setTimeout(pump, 0);
      return;
    }
    staging = false;
    onSettled();
  };
  return (job: () => void) => {
    if (!staging) {
      job();
      return;
    }
    queue.push(job);
    if (queue.length === 1) setTimeout(pump, 0);
  };
}
