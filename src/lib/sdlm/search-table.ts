import { medianOf, withinBand } from './band.ts';
import { departureWords, type Departure } from './departures.ts';

/** One run of the search, as `scripts/record-recipe-runs.ts --search` records it. */
export interface SearchRun {
  readonly departure: Departure;
  readonly seed: number;
  /** Final test error, or null for a run that stopped. */
  readonly testError: number | null;
  /** Test error after each pass that finished. */
  readonly testErrors: readonly number[];
  /** Where a run stopped early: its pass (from 1), the patterns of that pass it had seen, and why. */
  readonly stopped?: { readonly pass: number; readonly patterns: number; readonly why?: 'diverged' | 'collapsed' };
  readonly seconds: number;
}

/** One departure's runs over its seeds, with their median when every seed finished. */
export interface SearchRow {
  readonly words: string;
  readonly runs: readonly SearchRun[];
  readonly median?: number;
  /** Seeds whose final error lies within the band round the target. */
  readonly withinBand: number;
}

/** How far a run got, in patterns, for ordering the departures that never finish. */
const reach = (run: SearchRun, patternsPerPass: number) =>
  run.stopped ? (run.stopped.pass - 1) * patternsPerPass + run.stopped.patterns : Infinity;

/**
 * The search grouped by departure, closest to `target` first: departures whose every seed
 * finished by the distance of their median, then the others by how far their best seed got.
 * A seed recorded twice counts once, the later record standing.
 */
export function searchRows(
  runs: readonly SearchRun[],
  { target, band, patternsPerPass }: { target: number; band: number; patternsPerPass: number },
): SearchRow[] {
  const groups = new Map<string, Map<number, SearchRun>>();
  for (const run of runs) {
    const words = departureWords(run.departure);
    groups.set(words, (groups.get(words) ?? new Map<number, SearchRun>()).set(run.seed, run));
  }
  const rows = [...groups].map(([words, bySeed]): SearchRow => {
    const seeded = [...bySeed.values()].sort((a, b) => a.seed - b.seed);
    const finals = seeded.flatMap((run) => (run.testError === null ? [] : [run.testError]));
    return {
      words,
      runs: seeded,
      ...(finals.length === seeded.length ? { median: medianOf(finals) } : {}),
      withinBand: finals.filter((error) => withinBand(error, target, band)).length,
    };
  });
  const distance = (row: SearchRow) => (row.median === undefined ? Infinity : Math.abs(row.median - target));
  const farthest = (row: SearchRow) => Math.max(...row.runs.map((run) => reach(run, patternsPerPass)));
  return rows.sort((a, b) => distance(a) - distance(b) || farthest(b) - farthest(a));
}
