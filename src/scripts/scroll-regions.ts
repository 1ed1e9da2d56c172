const LABELS: Record<string, string> = {
  'math-display': 'Formula, wider than the page: scroll it sideways',
  'figure-scroll': 'Figure, wider than the page: scroll it sideways',
};

/**
 * A formula or figure wider than the page scrolls sideways; one that does is made
 * a named Tab stop, so that the keyboard can scroll it too, and one that fits is not.
 */
export function markScrollRegions(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('.math-display, .figure-scroll')) {
    const kind = element.classList.contains('math-display') ? 'math-display' : 'figure-scroll';
    const scrolls = element.scrollWidth > element.clientWidth + 1;
    if (scrolls && !element.hasAttribute('tabindex')) {
      element.tabIndex = 0;
      element.setAttribute('role', 'group');
      element.setAttribute('aria-label', LABELS[kind]!);
      element.dataset['scrollRegion'] = 'on';
    } else if (!scrolls && element.dataset['scrollRegion'] === 'on') {
      for (const attribute of ['tabindex', 'role', 'aria-label', 'data-scroll-region'])
        element.removeAttribute(attribute);
    }
  }
}
