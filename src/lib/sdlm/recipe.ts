import { EQ9_J } from '../paper/eq9.ts';
import { PAPER_TRAINING } from '../paper/training.ts';

/** The training recipes `npm run train` knows: the site's Adam recipe, or the paper's own. */
export const RECIPES = ['adam', 'paper'] as const;
export type Recipe = (typeof RECIPES)[number];

/** The paper's recipe, as Section III-B and Appendix C give it, and what the paper leaves open. */
export interface PaperRecipe {
  readonly passes: number;
  /** Patterns the diagonal Hessian is estimated on before each pass (the paper's `hessianSamples`). */
  readonly hessianPatterns: number;
  readonly mu: number;
  /** Eq. 9's constant; the paper gives no value (see EQ9_J). */
  readonly j: number;
  /** Multiplies every eta of the paper's schedule; 1 is the paper's. */
  readonly etaScale: number;
  /** Training patterns per pass: all 60,000 in the paper; fewer for a quick look. */
  readonly patterns: number;
  readonly seed: number;
  /** Departures the search tries (Appendix A and C read otherwise); the paper's are 1, 60,000 and false. */
  /** F's power in the initial range +-2.4/F^power: 1 is Appendix A's, 0.5 the usual 2.4/sqrt(F). */
  readonly initPower: number;
  /** Patterns between two estimates of h: at least a pass's length means once per pass, as Appendix C. */
  readonly hessianEvery: number;
  /** Sums h over the sampled patterns in place of averaging it. */
  readonly hessianSum: boolean;
}

export const PAPER_RECIPE: PaperRecipe = {
  passes: PAPER_TRAINING.passes,
  hessianPatterns: PAPER_TRAINING.hessianSamples,
  mu: PAPER_TRAINING.mu,
  j: EQ9_J.paper,
  etaScale: 1,
  patterns: PAPER_TRAINING.trainingDigits,
  seed: 1,
  initPower: 1,
  hessianEvery: PAPER_TRAINING.trainingDigits,
  hessianSum: false,
};

interface Rule {
  readonly flag: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** The settings a command line gives as numbers. */
type NumericKey = Exclude<keyof PaperRecipe, 'hessianSum'>;

const RULES: { readonly [K in NumericKey]: Rule } = {
  passes: { flag: '--passes', min: 1, max: 40, integer: true },
  hessianPatterns: { flag: '--hessian-patterns', min: 10, max: 60_000, integer: true },
  mu: { flag: '--mu', min: 1e-6, max: 10, integer: false },
  j: { flag: '--j', min: 0, max: 1000, integer: false },
  etaScale: { flag: '--eta-scale', min: 1e-3, max: 10, integer: false },
  patterns: { flag: '--patterns', min: 100, max: 60_000, integer: true },
  seed: { flag: '--seed', min: 1, max: 2 ** 31 - 1, integer: true },
  initPower: { flag: '--init-power', min: 0, max: 1, integer: false },
  hessianEvery: { flag: '--hessian-every', min: 100, max: 60_000, integer: true },
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; messages: string[] };

/** The recipe's name, checked: "adam" (the default) or "paper". */
export function parseRecipe(text: string | undefined): Parsed<Recipe> {
  const name = text ?? 'adam';
  return (RECIPES as readonly string[]).includes(name)
    ? { ok: true, value: name as Recipe }
    : { ok: false, messages: [`--recipe must be one of ${RECIPES.join(', ')}; got "${name}".`] };
}

/** The paper recipe's settings from command-line text, each checked against its range; every problem is reported. */
export function parsePaperRecipe(texts: Partial<Record<NumericKey, string>>): Parsed<PaperRecipe> {
  const messages: string[] = [];
  const values = { ...PAPER_RECIPE };
  for (const key of Object.keys(RULES) as NumericKey[]) {
    const text = texts[key];
    if (text === undefined) continue;
    const rule = RULES[key];
    const value = Number(text.trim());
    const allowed = `${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}`;
    if (
      text.trim() === '' ||
      !Number.isFinite(value) ||
      (rule.integer && !Number.isInteger(value)) ||
      value < rule.min ||
      value > rule.max
    )
      messages.push(`${rule.flag} must be ${allowed}; got "${text}".`);
    else values[key] = value;
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, value: values };
}
