/** A share as the pages print it: 0.0123 gives "1.2%". */
export const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;

/** Seconds as "42 s" or "3 min 05 s"; a dash where there is no time to tell. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
