import { distortionProblems, scaledDistortions, SITE_DISTORTIONS } from '../../src/lib/mnist/distortion-ranges.ts';

/** A strength the distortions' limits allow: from 0 (none) to 2 (twice the site's ranges). */
export function distortStrength(text: string): number {
  const strength = Number(text);
  const problems = Number.isFinite(strength) ? distortionProblems(scaledDistortions(SITE_DISTORTIONS, strength)) : [];
  if (text.trim() === '' || !Number.isFinite(strength) || strength < 0 || strength > 2 || problems.length > 0)
    throw new Error(
      `--distort-strength takes a number from 0 to 2 (1 is the site's ranges); got "${text}". ${problems.join(' ')}`,
    );
  return strength;
}
