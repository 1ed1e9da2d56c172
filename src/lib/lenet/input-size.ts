import { fail, ok, type Result } from './result.ts';
import type { Size2 } from './spec.ts';

/** The largest input side the site computes and draws; the paper's own is 32. */
export const MAX_INPUT_SIDE = 512;

export const formatSize = (size: Size2): string => `${size.height}x${size.width}`;

/** Why a side cannot be used, as a sentence that names the side, the limit and what was asked for. */
function checkSide(value: number, label: string): string | null {
  if (value === Infinity) return `The ${label} is far too large: it can be at most ${MAX_INPUT_SIDE} pixels.`;
  if (!Number.isFinite(value)) return `The ${label} must be a whole number from 1 to ${MAX_INPUT_SIDE}.`;
  if (!Number.isInteger(value)) return `The ${label} must be a whole number of pixels, not ${value}.`;
  if (value < 1) return `The ${label} must be at least 1 pixel, not ${value}.`;
  if (value > MAX_INPUT_SIDE) return `The ${label} can be at most ${MAX_INPUT_SIDE} pixels, not ${value}.`;
  return null;
}

export function checkInputSize(size: Size2): Result<Size2> {
  const problem = checkSide(size.height, 'height') ?? checkSide(size.width, 'width');
  return problem ? fail({ code: 'input', parameter: 'input', message: problem }) : ok(size);
}

/** Reads one side, as typed in a number field: "36" gives 36; anything else a message. */
export function parseSide(text: string, label: 'height' | 'width'): Result<number> {
  const trimmed = text.trim();
  if (trimmed === '') {
    return fail({
      code: 'input',
      parameter: label,
      message: `The ${label} is empty; type a whole number from 1 to ${MAX_INPUT_SIDE}.`,
    });
  }
  const value = Number(trimmed);
  if (Number.isNaN(value)) {
    const shown = trimmed.length > 24 ? trimmed.slice(0, 24) + '…' : trimmed;
    return fail({
      code: 'input',
      parameter: label,
      message: `"${shown}" is not a number; the ${label} takes a whole number from 1 to ${MAX_INPUT_SIDE}.`,
    });
  }
  const problem = checkSide(value, label);
  return problem ? fail({ code: 'input', parameter: label, message: problem }) : ok(value);
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const SIZE_PATTERN = new RegExp(String.raw`^(${NUMBER})\s*(?:[x×*,]\s*(${NUMBER}))?$`, 'i');

/**
 * Reads what a person types for an input size: "32" for a square, "36x40"
 * (height x width) otherwise; "×", "*" and "," also separate the two sides.
 */
export function parseInputSize(text: string): Result<Size2> {
  const trimmed = text.trim();
  const example = `Write one whole number for a square (like 32) or height x width (like 36x40), each from 1 to ${MAX_INPUT_SIDE}.`;
  if (trimmed === '')
    return fail({ code: 'input', parameter: 'input', message: `The input size is empty. ${example}` });
  const match = SIZE_PATTERN.exec(trimmed);
  if (!match) {
    const shown = trimmed.length > 24 ? trimmed.slice(0, 24) + '…' : trimmed;
    return fail({ code: 'input', parameter: 'input', message: `"${shown}" is not an input size. ${example}` });
  }
  const height = Number(match[1]);
  const width = match[2] === undefined ? height : Number(match[2]);
  return checkInputSize({ height, width });
}
