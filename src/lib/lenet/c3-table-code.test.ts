import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeC3Table, encodeC3Table } from './c3-table-code.ts';
import { TABLE_ONE } from './table-one.ts';

describe('C3 tables in URLs', () => {
  it('Table I encodes as 24 hex digits, its first row X...XXX..XXXX.XX as 8e7b', () => {
    const code = encodeC3Table(TABLE_ONE);
    expect(code).toHaveLength(24);
    expect(code.slice(0, 4)).toBe('8e7b');
  });

  it('any table round-trips', () => {
    const table = fc.array(fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(table, (original) => {
        const decoded = decodeC3Table(encodeC3Table(original));
        expect(decoded.ok && decoded.value).toEqual(original);
      }),
      { seed: 1998, numRuns: 100 },
    );
  });

  it.each(['', 'xyz', '8e7b', '8e7b'.repeat(7)])(
    'refuses %j with a message that says what a table looks like',
    (text) => {
      const decoded = decodeC3Table(text);
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.error.message).toContain('takes 24 hexadecimal digits');
    },
  );
});
