/** Room left under the answer when the page moves to show it. */
const MARGIN = 8;

/**
 * When a stroke ends with the answer below the screen's edge (a phone, the pad low
 * on the screen), moves the page up just enough to show it, as long as the whole
 * pad stays on screen. Never during a stroke: the pad would slide under the finger.
 */
export function bringAnswerIntoView(pad: Element, answer: Element, view: Window = window): void {
  const padTop = pad.getBoundingClientRect().top;
  const below = answer.getBoundingClientRect().bottom - view.innerHeight;
  if (below <= 0 || padTop < 0) return;
  const still = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  view.scrollBy({ top: Math.min(below + MARGIN, padTop), behavior: still ? 'instant' : 'smooth' });
}
