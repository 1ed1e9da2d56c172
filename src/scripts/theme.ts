import {
  nextLabel,
  nextSetting,
  settingOf,
  THEME_KEY,
  type Theme,
  type ThemeSetting,
} from '../lib/site/theme-setting.ts';

const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const currentSetting = (): ThemeSetting => settingOf(document.documentElement.dataset['theme']);

function apply(setting: ThemeSetting): void {
  if (setting === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = setting;
  try {
    if (setting === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, setting);
  } catch {
    // Storage can be off (private windows); the choice then lasts for this page only.
  }
}

/**
 * A press moves through the dark theme, the light one and the system's setting, and remembers the setting for every
 * page; the stylesheet shows the setting's name from the root's data-theme, so this only keeps the hint current.
 */
export function bindThemeToggle(button: HTMLElement | null): void {
  if (!button) return;
  const describe = () => (button.title = nextLabel(currentSetting(), systemTheme()));
  button.addEventListener('click', () => {
    apply(nextSetting(currentSetting(), systemTheme()));
    describe();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', describe);
  describe();
}
