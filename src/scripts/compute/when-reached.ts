/**
 * Calls `start` once, when the reader scrolls `figure` onto the screen or
 * touches it first: the figure's code and weights are not fetched before.
 */
export function whenReached(figure: HTMLElement, start: () => void): void {
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) begin();
  });
  observer.observe(figure);
  for (const type of ['pointerdown', 'focusin', 'keydown']) figure.addEventListener(type, begin, { once: true });
}

/** Every "see it compute" figure on the page starts, code and data, when the reader reaches it. */
export function startFiguresWhenReached(root: Document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-compute]'))
    whenReached(figure, () => {
      void import('./start.ts').then(({ startComputeFigures }) => {
        startComputeFigures([figure]);
      });
    });
}
