const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 0.000019 as "1.9×10⁻⁵": one way of writing small numbers everywhere a page prints one. */
export function powerOfTen(value: number, digits = 1): string {
  const [mantissa, exponent] = value.toExponential(digits).split('e');
  const power = String(Number(exponent))
    .split('')
    .map((char) => SUPERSCRIPT[char] ?? char)
    .join('');
  return `${mantissa}×10${power}`;
}
