export type Theme = 'light' | 'dark';
/** What the reader chose: one of the themes, or to follow the system's setting. */
export type ThemeSetting = Theme | 'system';

export const THEME_KEY = 'theme';

/** A stored value as a setting; anything else (nothing stored, an old or foreign value) follows the system. */
export function settingOf(stored: string | null | undefined): ThemeSetting {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export const themeOf = (setting: ThemeSetting, systemTheme: Theme): Theme =>
  setting === 'system' ? systemTheme : setting;

const opposite = (theme: Theme): Theme => (theme === 'dark' ? 'light' : 'dark');

/**
 * The setting after a press. From the system's setting the first press shows the other theme, so that every press
 * but the last changes what the reader sees; the next fixes the system's own theme; the third follows the system again.
 */
export function nextSetting(setting: ThemeSetting, systemTheme: Theme): ThemeSetting {
  if (setting === 'system') return opposite(systemTheme);
  return setting === systemTheme ? 'system' : systemTheme;
}

/** The button's words: the setting in use, never the action, so that one name cannot mean two states. */
export const settingLabel = (setting: ThemeSetting): string => `Theme: ${setting}`;

/** What the next press does, for the button's description. */
export function nextLabel(setting: ThemeSetting, systemTheme: Theme): string {
  const next = nextSetting(setting, systemTheme);
  return next === 'system' ? 'Press to follow the system setting' : `Press for the ${next} theme`;
}
