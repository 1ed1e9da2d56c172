/** A small arithmetic expression, so that a derivation can be both typeset and checked. */
export type Expression =
  | { readonly op: 'number'; readonly value: number; readonly label?: string }
  | { readonly op: 'add' | 'multiply'; readonly terms: readonly Expression[] }
  | { readonly op: 'subtract' | 'floor-divide'; readonly left: Expression; readonly right: Expression };

type Op = Expression['op'] | 'root';

export const num = (value: number, label?: string): Expression =>
  label === undefined ? { op: 'number', value } : { op: 'number', value, label };
export const add = (...terms: Expression[]): Expression => ({ op: 'add', terms });
export const times = (...terms: Expression[]): Expression => ({ op: 'multiply', terms });
export const minus = (left: Expression, right: Expression): Expression => ({ op: 'subtract', left, right });
export const floorDivide = (left: Expression, right: Expression): Expression => ({ op: 'floor-divide', left, right });

export function evaluate(expression: Expression): number {
  switch (expression.op) {
    case 'number':
      return expression.value;
    case 'add':
      return expression.terms.reduce((sum, term) => sum + evaluate(term), 0);
    case 'multiply':
      return expression.terms.reduce((product, term) => product * evaluate(term), 1);
    case 'subtract':
      return evaluate(expression.left) - evaluate(expression.right);
    case 'floor-divide':
      return Math.floor(evaluate(expression.left) / evaluate(expression.right));
  }
}

/** 122304 -> "122{,}304": TeX would otherwise space the comma as punctuation. */
export const texNumber = (value: number): string =>
  Math.abs(value) >= 10_000 ? value.toLocaleString('en-US').replaceAll(',', '{,}') : String(value);

/** A sum needs brackets inside a product, or as the right side of a difference. */
const grouped = (sum: string, parent: Op): string =>
  parent === 'multiply' || parent === 'subtract' ? `(${sum})` : sum;

function render(expression: Expression, leaf: (value: number, label?: string) => string, parent: Op): string {
  const inner = (child: Expression, op: Op) => render(child, leaf, op);
  switch (expression.op) {
    case 'number':
      return leaf(expression.value, expression.label);
    case 'add':
      return grouped(expression.terms.map((term) => inner(term, 'add')).join(' + '), parent);
    case 'subtract':
      return grouped(`${inner(expression.left, 'add')} - ${inner(expression.right, 'subtract')}`, parent);
    case 'multiply':
      return expression.terms.map((term) => inner(term, 'multiply')).join(' \\times ');
    case 'floor-divide':
      return `\\left\\lfloor \\frac{${inner(expression.left, 'root')}}{${inner(expression.right, 'root')}} \\right\\rfloor`;
  }
}

/** The expression with its numbers, as in "6 \times (1 \times 5 \times 5 + 1)". */
export const toTex = (expression: Expression): string => render(expression, (value) => texNumber(value), 'root');

/** The same expression with each number's symbol where it has one, as in "N \times (C k^2 + 1)". */
export const toSymbolicTex = (expression: Expression): string =>
  render(expression, (value, label) => label ?? texNumber(value), 'root');
