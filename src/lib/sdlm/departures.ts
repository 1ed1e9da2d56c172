import { PAPER_RECIPE, type PaperRecipe } from './recipe.ts';

/** The settings a search departs in: everything but the seed and the run's length. */
export type Departure = Partial<Omit<PaperRecipe, 'seed' | 'passes' | 'patterns'>>;

const SEARCHED = ['etaScale', 'mu', 'j', 'initPower', 'hessianPatterns', 'hessianEvery', 'hessianSum'] as const;

/** What `settings` changes from the printed recipe; settings recorded before a field existed keep the paper's. */
export function departureOf(settings: Partial<PaperRecipe>): Departure {
  const departure: Record<string, number | boolean> = {};
  for (const key of SEARCHED) {
    const value = settings[key];
    if (value !== undefined && value !== PAPER_RECIPE[key]) departure[key] = value;
  }
  return departure;
}

const count = (value: number) => value.toLocaleString('en');

const WORDS: { readonly [K in (typeof SEARCHED)[number]]: (value: NonNullable<Departure[K]>) => string } = {
  etaScale: (value) => `η × ${value}`,
  mu: (value) => `μ = ${value}`,
  j: (value) => `j = ${value}`,
  initPower: (value) => (value === 0.5 ? 'weights in ±2.4/√F' : `weights in ±2.4/F^${value}`),
  hessianPatterns: (value) => `h on ${count(value)} digits`,
  hessianEvery: (value) => `h estimated every ${count(value)} digits`,
  hessianSum: () => 'h summed over its digits, not averaged',
};

/** The departure in a reader's words: "η × 0.2", "μ = 0.2 and j = 1", or "none (as printed)". */
export function departureWords(departure: Departure): string {
  const parts = SEARCHED.flatMap((key) => {
    const value = departure[key];
    return value === undefined ? [] : [(WORDS[key] as (value: number | boolean) => string)(value)];
  });
  return parts.length === 0 ? 'none (as printed)' : parts.join(' and ');
}
