/**
 * The global learning rate eta of each pass (Section III-B): 0.0005 for the first
 * two passes, 0.0002 for the next three, 0.0001 for the next three, 0.00005 for
 * the next four, and 0.00001 thereafter.
 */
export const PAPER_SCHEDULE: readonly { readonly passes: number; readonly eta: number }[] = [
  { passes: 2, eta: 0.0005 },
  { passes: 3, eta: 0.0002 },
  { passes: 3, eta: 0.0001 },
  { passes: 4, eta: 0.00005 },
];
export const PAPER_FINAL_ETA = 0.00001;

/** eta for pass `pass`, counted from 0. */
export function etaOf(pass: number): number {
  let start = 0;
  for (const { passes, eta } of PAPER_SCHEDULE) {
    if (pass < start + passes) return eta;
    start += passes;
  }
  return PAPER_FINAL_ETA;
}
