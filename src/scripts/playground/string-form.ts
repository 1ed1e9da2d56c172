import type { StringSettings } from '../../lib/sdnn/sdnn-data.ts';
import { stringSettingsFrom, type StringField } from '../../lib/sdnn/string-fields.ts';
import { required } from '../dom.ts';

const FIELD_IDS: Record<StringField, string> = {
  count: '#line-count',
  gapMin: '#line-gap-min',
  gapMax: '#line-gap-max',
  jitter: '#line-jitter',
  noise: '#line-noise',
};

/**
 * The test-string fields: `settings()` gives what they hold, or marks the wrong fields, says what
 * each allows under them, focuses the first wrong one, and gives undefined.
 */
export function stringForm(root: ParentNode) {
  const fields = Object.fromEntries(
    Object.entries(FIELD_IDS).map(([name, id]) => [name, required<HTMLInputElement | HTMLSelectElement>(root, id)]),
  ) as Record<StringField, HTMLInputElement | HTMLSelectElement>;
  const error = required(root, '#line-form-error');

  return {
    settings(): StringSettings | undefined {
      const texts = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.value])) as Record<
        StringField,
        string
      >;
      const result = stringSettingsFrom(texts);
      const wrong: readonly StringField[] = result.ok ? [] : result.fields;
      for (const [name, field] of Object.entries(fields))
        field.setAttribute('aria-invalid', String(wrong.includes(name as StringField)));
      error.textContent = result.ok ? '' : result.problems.join(' ');
      // Test string sits above the form: bring the first wrong field, and the error under the fields, into view.
      if (wrong.length > 0) {
        fields[wrong[0]!].focus({ preventScroll: true });
        fields[wrong[0]!].scrollIntoView({ block: 'center' });
        error.scrollIntoView({ block: 'nearest' });
      }
      return result.ok ? result.settings : undefined;
    },
  };
}
