import type { LineReading } from './line-reading.ts';
import { windowLeft } from './line-reading.ts';
import { BLANK_CLASS, WINDOW } from './sdnn-data.ts';

/** A class as the page writes it: a digit, or "blank" for the eleventh class. */
export const className = (label: number): string => (label === BLANK_CLASS ? 'blank' : String(label));

/**
 * How dark a winning class is drawn, from its penalty (minus the log of its probability): its
 * probability, kept above a floor so that a doubtful answer stays visible. Fig. 26 draws "a lighter
 * grey level for high-penalty answers" and gives no scale; this one is the site's.
 */
export function shadeOf(penalty: number): number {
  const probability = Number.isFinite(penalty) ? Math.exp(-Math.max(0, penalty)) : 0;
  return Math.max(0.15, probability);
}

/** Position `position` of a reading in words, for the figure's slider and its title. */
export function positionWords(reading: LineReading, position: number): string {
  const best = reading.best[position]!;
  const penalty = reading.penalties[position]![best]!;
  const path = reading.interpretation.path[position]!;
  const left = windowLeft(position);
  return (
    `Position ${position + 1} of ${reading.positions}, window on columns ${left} to ${left + WINDOW - 1}: ` +
    `the SDNN's best class is ${className(best)} (penalty ${penalty.toFixed(2)}, probability ` +
    `${Math.round(Math.exp(-penalty) * 100)}%); the transducer's path is ${className(path)} here.`
  );
}

/** A string of digits as the page prints it; "nothing" when there are none. */
export const digitsText = (labels: readonly number[]): string => (labels.length === 0 ? 'nothing' : labels.join(' '));
