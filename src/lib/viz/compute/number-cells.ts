import type { ColorRamp } from '../color-ramp.ts';

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG's relative luminance of an sRGB colour. */
export const luminance = (r: number, g: number, b: number): number =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/**
 * A value's colour on a ramp from -extent (or from 0, when not `signed`) to +extent, and the text colour
 * that reads on it: black or white, whichever contrasts more, which is always at least 4.58 to 1.
 */
export function cellColours(
  value: number,
  extent: number,
  ramp: ColorRamp,
  signed = true,
): { fill: string; ink: string } {
  const position = signed ? (value + extent) / (2 * extent) : value / extent;
  const step = Math.max(0, Math.min(255, Math.round(position * 255))) || 0;
  const [r, g, b] = [ramp[step * 3]!, ramp[step * 3 + 1]!, ramp[step * 3 + 2]!];
  const light = luminance(r, g, b);
  const onBlack = (light + 0.05) / 0.05;
  const onWhite = 1.05 / (light + 0.05);
  return { fill: `rgb(${r}, ${g}, ${b})`, ink: onBlack >= onWhite ? '#000' : '#fff' };
}
