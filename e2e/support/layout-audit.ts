import type { Page } from 'playwright-core';

/** Classes of the scroll containers that show a cue (a shadow) at an edge with more content behind it. */
export const SCROLL_CUES = ['table-scroll', 'math-display', 'figure-scroll', 'strip-view'];

export interface LayoutProblems {
  /** The page itself scrolls sideways. */
  readonly pageOverflow: number;
  /** Elements in main that scroll sideways without a cue, as "tag.class". */
  readonly uncuedScrollers: string[];
  /** SVG text drawn smaller than 11 px, as "text (size px)". */
  readonly smallText: string[];
  /** Buttons, fields and menus smaller than 24 px in either direction (WCAG 2.5.8), as "label (w x h)". */
  readonly smallTargets: string[];
}

/** What a reader would notice on a phone or a desktop: sideways scrolling without a cue, tiny figure text. */
export function auditLayout(page: Page): Promise<LayoutProblems> {
  return page.evaluate((cues) => {
    const main = document.querySelector('main')!;
    const uncuedScrollers: string[] = [];
    for (const element of main.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const scrolls = ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      if (scrolls && !cues.some((cue) => element.classList.contains(cue)))
        uncuedScrollers.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    const smallText: string[] = [];
    for (const text of main.querySelectorAll<SVGTextElement>('svg text')) {
      if (!text.textContent?.trim() || text.getClientRects().length === 0) continue;
      const scale = text.getScreenCTM()?.a ?? 1;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 10.95) smallText.push(`${text.textContent.trim().slice(0, 20)} (${size.toFixed(1)} px)`);
    }
    const smallTargets: string[] = [];
    for (const control of main.querySelectorAll<HTMLElement>('button, input, select, summary')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') continue;
      if (box.width < 24 || box.height < 24) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.id;
        smallTargets.push(`${name.slice(0, 24)} (${Math.round(box.width)}x${Math.round(box.height)})`);
      }
    }
    return {
      smallTargets,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      uncuedScrollers,
      smallText,
    };
  }, SCROLL_CUES);
}
