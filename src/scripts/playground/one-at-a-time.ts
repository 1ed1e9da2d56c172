/**
 * `task` run when asked, never twice at once: a call while it runs asks for one more run after it,
 * however many calls come meanwhile, so that the last state is always the one handled.
 */
export function oneAtATime(task: () => Promise<void>, failed: (error: unknown) => void): () => void {
  let busy = false;
  let again = false;
  const run = () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    task()
      .catch(failed)
      .finally(() => {
        busy = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}
