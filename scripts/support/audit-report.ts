/** What `npm audit --json` said, reduced to a verdict. */
export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'advisories'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unanswered'; reason: string };

const SERIOUS = ['high', 'critical'];

interface AuditJson {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string }>;
}

/** Only high and critical advisories fail; an advisory service that did not answer is neither a pass nor a fail. */
export function auditVerdict(json: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(json) as AuditJson;
  } catch {
    return { kind: 'unanswered', reason: 'npm audit printed no JSON' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { kind: 'unanswered', reason: report.message ?? 'npm audit gave no counts' };
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, { severity }]) => SERIOUS.includes(severity))
    .map(([name, { severity }]) => `${name} (${severity})`);
  return packages.length > 0 ? { kind: 'advisories', counts, packages } : { kind: 'clean', counts };
}
