import type { Result } from '../lenet/result.ts';
import { fail, ok } from '../lenet/result.ts';
import { TEST_DIGITS } from '../mnist/guide-digits.ts';

/** A test digit's number as typed, checked: a whole number from 0 to 9,999. */
export function parseDigitNumber(text: string): Result<number> {
  const trimmed = text.trim();
  const number = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(number) || number < 0 || number >= TEST_DIGITS)
    return fail({
      code: 'input',
      parameter: 'digit',
      message: `Test digits are numbered 0 to ${(TEST_DIGITS - 1).toLocaleString('en')}; got "${trimmed}".`,
    });
  return ok(number);
}
