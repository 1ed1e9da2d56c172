import { withBase } from './base-path.ts';

export interface NavEntry {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}

export interface NavLink {
  readonly href: string;
  readonly title: string;
}

/** The collection's `index` entry is the site's home page; every other entry lives at /id/ under the site's base. */
export const hrefOf = (id: string): string => withBase(id === 'index' ? '/' : `/${id}/`);

export const slugOf = (id: string): string | undefined => (id === 'index' ? undefined : id);

export function readingOrder<T extends NavEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The pages before and after `id` in reading order, where there are any. */
export function neighbours(entries: readonly NavEntry[], id: string): { previous?: NavLink; next?: NavLink } {
  const ordered = readingOrder(entries);
  const index = ordered.findIndex((entry) => entry.id === id);
  const link = (entry: NavEntry | undefined) => entry && { href: hrefOf(entry.id), title: entry.title };
  const previous = index > 0 ? link(ordered[index - 1]) : undefined;
  const next = index >= 0 ? link(ordered[index + 1]) : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

const LAYER_PAGES = new Set(['Input', 'C1', 'S2', 'C3', 'S4', 'C5', 'F6', 'Output']);

/** The guide's page for a LeNet-5 layer, as in /c3/ for C3; undefined for a layer without one. */
export const layerPageOf = (name: string): string | undefined =>
  LAYER_PAGES.has(name) ? hrefOf(name.toLowerCase()) : undefined;
