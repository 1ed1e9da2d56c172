/** The four independent choices that separate the paper's LeNet-5 from its modern ports. */
export interface Switches {
  /** C3's connections: the paper's Table I, or every S2 map to every C3 map. */
  readonly c3: 'sparse' | 'full';
  /** S2 and S4: a trainable coefficient and bias per map, or a plain average. */
  readonly subsampling: 'trainable' | 'average';
  /** The last layer: fixed Euclidean RBF prototypes, or a dense layer with softmax. */
  readonly output: 'rbf' | 'softmax';
  /** F6 and the output at a C5 larger than 1x1: applied at every position, or on C5 flattened. */
  readonly head: 'convolutional' | 'flatten';
}

export type SwitchName = keyof Switches;

/** Every value each switch allows, in the order a control should list them. */
export const SWITCH_VALUES: { readonly [K in SwitchName]: readonly Switches[K][] } = {
  c3: ['sparse', 'full'],
  subsampling: ['trainable', 'average'],
  output: ['rbf', 'softmax'],
  head: ['convolutional', 'flatten'],
};

export const SWITCH_NAMES = Object.keys(SWITCH_VALUES) as SwitchName[];

export type Variant = 'paper' | 'modern';

export const VARIANTS: readonly Variant[] = ['paper', 'modern'];

export const isVariant = (text: string): text is Variant => (VARIANTS as readonly string[]).includes(text);

export const PRESETS: { readonly [V in Variant]: Switches } = {
  paper: { c3: 'sparse', subsampling: 'trainable', output: 'rbf', head: 'convolutional' },
  modern: { c3: 'full', subsampling: 'average', output: 'softmax', head: 'flatten' },
};

export function isSwitchValue<K extends SwitchName>(name: K, value: string): value is Switches[K] {
  return (SWITCH_VALUES[name] as readonly string[]).includes(value);
}

/** Every one of the 16 switch settings, paper's first. */
export const ALL_SWITCHES: readonly Switches[] = SWITCH_VALUES.c3.flatMap((c3) =>
  SWITCH_VALUES.subsampling.flatMap((subsampling) =>
    SWITCH_VALUES.output.flatMap((output) => SWITCH_VALUES.head.map((head) => ({ c3, subsampling, output, head }))),
  ),
);
