import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocation, isPaperSection } from './citation.ts';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const pages = readdirSync(CONTENT).filter((file) => file.endsWith('.mdx'));
const citedSections = (file: string) =>
  [...readFileSync(join(CONTENT, file), 'utf8').matchAll(/<Cite\s[^>]*section="([^"]*)"/g)].map((match) => match[1]!);

describe('citations of the paper', () => {
  it('the guide cites the paper', () => {
    expect(pages.flatMap(citedSections).length).toBeGreaterThan(10);
  });

  it.each(pages)('every <Cite section> on %s names a section the paper has', (file) => {
    for (const section of citedSections(file)) expect([section, isPaperSection(section)]).toEqual([section, true]);
  });

  it('a section the paper does not have fails the build', () => {
    expect(() => formatLocation({ section: 'II-F' })).toThrow('The paper has no section "II-F"');
  });
});
