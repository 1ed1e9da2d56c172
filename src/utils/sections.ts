/** The headings a page lists under "On this page": its sections (h2) and subsections (h3). */
export const sections = <T extends { depth: number }>(headings: readonly T[]): T[] =>
  headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
