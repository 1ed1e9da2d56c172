import { analyze } from '../lenet/analyze.ts';
import { PROTOTYPES } from '../lenet/prototypes.ts';
import { ok, type Result } from '../lenet/result.ts';
import { kindOf } from '../lenet/kinds/index.ts';
import type { Step } from '../lenet/kinds/step.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';
import { checkSupported } from '../lenet/supported.ts';

export type { Step } from '../lenet/kinds/step.ts';

export interface Plan {
  readonly input: Size2;
  readonly channels: number;
  readonly steps: readonly Step[];
  readonly usesScaledTanh: boolean;
  readonly usesSparse: boolean;
  readonly usesSubsampling: boolean;
  readonly usesRbf: boolean;
}

/**
 * The steps of a network the calculator accepts and every writer can express,
 * or the calculator's error, or the field a writer cannot honour.
 */
export function planOf(network: NetworkSpec, input: Size2): Result<Plan> {
  const analysis = analyze(network, input);
  if (!analysis.ok) return analysis;
  const supported = checkSupported(network);
  if (!supported.ok) return supported;
  const steps: Step[] = [];
  for (const layer of network.layers)
    steps.push(
      ...kindOf(layer).steps(
        layer,
        steps.some((step) => step.op === 'flatten'),
      ),
    );
  const has = (test: (step: Step) => boolean) => steps.some(test);
  return ok({
    input,
    channels: network.layers[0].channels,
    steps,
    usesScaledTanh: has((step) => step.op === 'activation' && step.activation === 'scaled-tanh'),
    usesSparse: has((step) => step.op === 'conv' && step.table !== undefined),
    usesSubsampling: has((step) => step.op === 'subsample' && step.trainable),
    usesRbf: has((step) => step.op === 'rbf'),
  });
}

/** A layer's name as the stem of a constant in Python or JavaScript: C3 gives C3, "my layer" MY_LAYER. */
export const constantName = (name: string): string => {
  const stem = name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(stem) ? `L${stem}` : stem;
};

/** Each convolution with a connection table, as the constant its code names it by. */
export const tablesOf = (plan: Plan) =>
  plan.steps.flatMap((step) =>
    step.op === 'conv' && step.table ? [{ constant: `${constantName(step.name)}_TABLE`, table: step.table }] : [],
  );

/** A boolean table as Python or JavaScript rows of 0 and 1. */
export const tableLiteral = (table: readonly (readonly boolean[])[], indent: string): string =>
  table.map((row) => `${indent}[${row.map((cell) => (cell ? 1 : 0)).join(', ')}],`).join('\n');

/** The RBF prototypes as rows of '#' and '.', 7 wide and 12 high, one string per digit. */
export const prototypeLiteral = (indent: string): string =>
  PROTOTYPES.map((values) => `${indent}'${values.map((value) => (value > 0 ? '#' : '.')).join('')}',`).join('\n');

/** A line of code with an optional comment, the comment after any separator so that it never swallows one. */
export const withComment = (code: string, separator: string, marker: string, comment?: string): string =>
  comment ? `${code}${separator}  ${marker} ${comment}` : `${code}${separator}`;
