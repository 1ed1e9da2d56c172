import { describe, expect, it } from 'vitest';
import { percentOf, rowOf, SDNN_TARGETS, targetChecks, TOUCHING_SETTING } from './bench-targets.ts';
import record from './string-bench.json';
import type { BenchRow } from './string-bench.ts';

const row = (setting: string, reader: string, stringAccuracy: number, digitAccuracy: number): BenchRow => ({
  setting,
  reader,
  strings: 1000,
  stringAccuracy,
  digitAccuracy,
});

describe('targetChecks', () => {
  it.each([
    [0.838, 0.9642, { met: false, shortBy: 11.2 }, { met: false, shortBy: 2.6 }],
    [0.95, 0.99, { met: true, shortBy: 0 }, { met: true, shortBy: 0 }],
    [0.97, 0.989, { met: true, shortBy: 0 }, { met: false, shortBy: 0.1 }],
  ])('string accuracy %f and digit accuracy %f against 95% and 99%', (strings, digits, stringCheck, digitCheck) => {
    const rows = [
      row(SDNN_TARGETS.setting, SDNN_TARGETS.reader, strings, digits),
      row(TOUCHING_SETTING, SDNN_TARGETS.reader, 0.568, 0.8938),
      row(TOUCHING_SETTING, 'connected components + LeNet-5', 0.046, 0.4326),
    ];
    const checks = targetChecks(rows);
    expect(checks.stringAccuracy).toMatchObject({ measured: strings, target: 0.95, ...stringCheck });
    expect(checks.digitAccuracy).toMatchObject({ measured: digits, target: 0.99, ...digitCheck });
    expect(checks.touchingLead).toEqual({ stringPoints: 52.2, digitPoints: 46.1 });
  });

  it('refuses a record without the row it needs', () => {
    expect(() => rowOf([], SDNN_TARGETS.setting, SDNN_TARGETS.reader)).toThrow('has no row for "SDNN + transducer"');
  });

  it('finds every row it needs in the recorded run', () => {
    expect(() => targetChecks(record.rows)).not.toThrow();
    expect(percentOf(targetChecks(record.rows).stringAccuracy.measured)).toMatch(/^\d+\.\d%$/);
  });
});
