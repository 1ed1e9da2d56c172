/** Where the arithmetic sticks to the bottom of the screen (src/styles/compute.css), and so can cover a map. */
const STUCK = '(max-width: 48rem)';
/** Room left between a map and the arithmetic's top edge, in pixels: enough for the map's label below it. */
const ROOM = 28;

/**
 * Scrolls the page just enough that `target` (the reader's unit, or the map the focus reached) is not
 * hidden under `cover`, the arithmetic stuck to the bottom of a phone's screen; elsewhere it does nothing.
 */
export function keepClear(target: Element, cover: Element): void {
  if (!matchMedia(STUCK).matches) return;
  const hidden = target.getBoundingClientRect().bottom + ROOM - cover.getBoundingClientRect().top;
  if (hidden > 0) window.scrollBy({ top: hidden, behavior: 'instant' });
}
