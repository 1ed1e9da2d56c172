import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesTscNames } from './dummy-kind.ts';

const GUIDE = join(import.meta.dirname, '..', '..', '..', 'docs', 'adding-a-kind-or-activation.md');

/** The files the guide says the compiler names: the list under its heading, one backquoted path per item. */
function listedPlaces(): string[] {
  const text = readFileSync(GUIDE, 'utf8');
  const section = text.split('## What the compiler names')[1]?.split('\n## ')[0] ?? '';
  return section.split('\n').flatMap((line) => /^- `([^`]+)`/.exec(line)?.[1] ?? []);
}

describe('adding a kind of layer and an activation', () => {
  it(
    'makes tsc name exactly the places the guide lists',
    () => {
      expect(placesTscNames()).toEqual(listedPlaces().sort());
    },
    // One tsc run over the whole project: tens of seconds on a busy two-core machine.
    180_000,
  );
});
