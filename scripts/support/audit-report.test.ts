import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-report.ts';

const counts = (high: number, critical: number) => ({
  info: 0,
  low: 1,
  moderate: 2,
  high,
  critical,
  total: 3 + high + critical,
});
const report = (vulnerabilities: Record<string, { severity: string }>, high = 0, critical = 0) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts(high, critical) } });

describe('auditVerdict', () => {
  it.each([
    ['no advisory', report({}), 'clean'],
    ['low and moderate advisories only', report({ a: { severity: 'low' }, b: { severity: 'moderate' } }), 'clean'],
    ['a high advisory', report({ a: { severity: 'high' } }, 1), 'advisories'],
    ['a critical advisory', report({ b: { severity: 'critical' } }, 0, 1), 'advisories'],
    [
      'the service refusing the request',
      JSON.stringify({ statusCode: 405, message: '405 Method Not Allowed' }),
      'unanswered',
    ],
    ['no JSON at all', 'npm error audit endpoint returned an error', 'unanswered'],
  ])('auditVerdict(%s) is %s', (_, json, kind) => {
    expect(auditVerdict(json).kind).toBe(kind);
  });

  it('names the packages with serious advisories', () => {
    const verdict = auditVerdict(
      report({ a: { severity: 'high' }, b: { severity: 'low' }, c: { severity: 'critical' } }, 1, 1),
    );
    expect(verdict).toMatchObject({ packages: ['a (high)', 'c (critical)'] });
  });
});
