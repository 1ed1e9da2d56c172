import { STRING_LIMITS, stringSettingProblems, type StringSettings } from './sdnn-data.ts';

/** The playground's test-string fields as typed: the digit count comes from a menu, the rest from text. */
export interface StringFieldTexts {
  readonly count: string;
  readonly gapMin: string;
  readonly gapMax: string;
  readonly jitter: string;
  readonly noise: string;
}

export type StringField = keyof StringFieldTexts;

/** The fields' first values: the benchmark's target setting (5 digits, gaps -1 to 4 as VII-B trains with, noise). */
export const DEFAULT_STRING_FIELDS: StringFieldTexts = {
  count: '5',
  gapMin: '-1',
  gapMax: '4',
  jitter: '3',
  noise: '0.1',
};

/** The digit counts the playground offers: short enough to fit the wide pad, long enough to need reading. */
export const PLAYGROUND_COUNTS = { min: 3, max: 8 } as const;

const NAMES: Record<StringField, string> = {
  count: 'digit count',
  gapMin: 'smallest gap',
  gapMax: 'largest gap',
  jitter: 'vertical jitter',
  noise: 'noise',
};

const RANGES: Record<StringField, string> = {
  count: `${STRING_LIMITS.count.min} to ${STRING_LIMITS.count.max} digits`,
  gapMin: `${STRING_LIMITS.gap.min} to ${STRING_LIMITS.gap.max} whole pixels`,
  gapMax: `${STRING_LIMITS.gap.min} to ${STRING_LIMITS.gap.max} whole pixels`,
  jitter: `${STRING_LIMITS.jitter.min} to ${STRING_LIMITS.jitter.max} whole pixels`,
  noise: `a share of the pixels from ${STRING_LIMITS.noise.min} to ${STRING_LIMITS.noise.max}`,
};

export type StringFieldsResult =
  | { readonly ok: true; readonly settings: StringSettings }
  | { readonly ok: false; readonly problems: readonly string[]; readonly fields: readonly StringField[] };

const settingsOf = (values: Record<StringField, number>): StringSettings => ({
  count: values.count,
  gap: { min: values.gapMin, max: values.gapMax },
  jitter: values.jitter,
  noise: values.noise,
});

/**
 * The settings the fields give, or what is wrong with them: text that is not a number is named with
 * the field's range; numbers out of range get `stringSettingProblems`' messages, and `fields` lists
 * the fields to mark, each found by putting its value alone into the default settings.
 */
export function stringSettingsFrom(texts: StringFieldTexts): StringFieldsResult {
  const fields = Object.keys(NAMES) as StringField[];
  const notNumbers = fields.filter((field) => !/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(texts[field]));
  if (notNumbers.length > 0)
    return {
      ok: false,
      problems: notNumbers.map(
        (field) => `The ${NAMES[field]} "${texts[field]}" is not a number: give ${RANGES[field]}.`,
      ),
      fields: notNumbers,
    };
  const values = Object.fromEntries(fields.map((field) => [field, Number(texts[field])])) as Record<
    StringField,
    number
  >;
  const settings = settingsOf(values);
  const problems = stringSettingProblems(settings);
  if (problems.length === 0) return { ok: true, settings };
  const defaults = Object.fromEntries(fields.map((field) => [field, Number(DEFAULT_STRING_FIELDS[field])])) as Record<
    StringField,
    number
  >;
  const alone = (field: StringField) => stringSettingProblems(settingsOf({ ...defaults, [field]: values[field] }));
  const wrong = fields.filter((field) => alone(field).length > 0);
  // The two gaps may each be in range and still be the wrong way round.
  const marked = wrong.length > 0 ? wrong : (['gapMin', 'gapMax'] as StringField[]);
  return { ok: false, problems, fields: marked };
}
