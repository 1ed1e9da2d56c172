// Keeps the changeability rule true: no function over 80 lines, counted from its first line to its last,
// except in the files whose hot loops are written out on purpose, each of which says why in a comment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_LINES = 80;
const MEASURED = ['src', 'scripts', 'bench', 'e2e/support', 'assembly'];
/** The training kernels, where one loop per layer reads as the paper's arithmetic and is compared loop by loop. */
const EXEMPT = [/^assembly\/[^/]+\.ts$/, /^src\/lib\/sdlm\/layers\.ts$/];
/** A test's describe and it callbacks group its cases; they are not functions to split. */
const TEST_CALL = /^(describe|it|test)\b/;

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|mjs|js)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name).replaceAll('\\', '/'));
}

function isTestCallback(node: ts.Node): boolean {
  const call = node.parent;
  return (
    ts.isCallExpression(call) &&
    call.arguments.includes(node as ts.Expression) &&
    TEST_CALL.test(call.expression.getText())
  );
}

function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  return 'an unnamed function';
}

/** "path:line name (N lines)" for every function in `path` longer than the rule allows. */
function longFunctions(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isTestCallback(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) found.push(`${path}:${first + 1} ${nameOf(node, source)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = MEASURED.flatMap(sourcesUnder);
const exempt = files.filter((path) => EXEMPT.some((pattern) => pattern.test(path)));

describe('function length', () => {
  it(`finds no function over ${MAX_LINES} lines outside the written-out hot loops`, () => {
    expect(files.length).toBeGreaterThan(100);
    const long = files.filter((path) => !exempt.includes(path)).flatMap(longFunctions);
    expect(long).toEqual([]);
    // Parsing every source file takes seconds on a busy machine: a verdict, not a timing.
  }, 60_000);

  it('finds each exempt file saying why its loops are written out', () => {
    expect(exempt).toEqual(expect.arrayContaining(['assembly/lanes.ts', 'assembly/sdlm.ts', 'src/lib/sdlm/layers.ts']));
    for (const path of exempt) expect(readFileSync(join(ROOT, path), 'utf8'), path).toMatch(/loops[^.]*written out/);
  });
});
