import { withSentenceExcerpts } from '../lib/site/pagefind-excerpts.ts';
import { siteBase, withBase } from '../utils/base-path.ts';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: object) => PagefindUIInstance;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, onload: () => resolve() });
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

function loadStylesheet(href: string): void {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}

/** Loads Pagefind's index and interface, which the build writes to pagefind/ under the base, only on this page. */
export async function startSearch(root: Document): Promise<void> {
  const status = root.getElementById('search-status');
  try {
    loadStylesheet(withBase('/pagefind/pagefind-ui.css'));
    await loadScript(withBase('/pagefind/pagefind-ui.js'));
    const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
    const ui = new PagefindUI({
      element: '#search',
      // Pagefind indexes the built folder, whose pages it names from '/'; under a sub-path they live below it.
      baseUrl: siteBase(),
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      processResult: withSentenceExcerpts,
    });
    const term = new URLSearchParams(location.search).get('q')?.trim();
    if (term) ui.triggerSearch(term);
  } catch {
    if (status) {
      status.textContent =
        'The search index is missing. It is built by "npm run build"; the development server does not have one.';
    }
  }
}
