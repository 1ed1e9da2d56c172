import { describe, expect, it } from 'vitest';
import {
  nextLabel,
  nextSetting,
  settingLabel,
  settingOf,
  themeOf,
  type Theme,
  type ThemeSetting,
} from './theme-setting.ts';

/** The settings met by pressing `presses` times from the system's setting. */
function cycle(systemTheme: Theme, presses: number): ThemeSetting[] {
  const seen: ThemeSetting[] = ['system'];
  for (let press = 0; press < presses; press++) seen.push(nextSetting(seen.at(-1)!, systemTheme));
  return seen;
}

describe('the theme setting', () => {
  it.each(['light', 'dark'] as const)(
    'with a %s system, three presses show the other theme, then the system’s, then follow the system again',
    (system) => {
      const settings = cycle(system, 3);
      expect(settings.map((setting) => themeOf(setting, system))).toEqual([
        system,
        system === 'dark' ? 'light' : 'dark',
        system,
        system,
      ]);
      expect(settings.at(-1)).toBe('system');
      expect(new Set(settings.slice(0, 3)).size).toBe(3);
    },
  );

  it('names each setting differently, so that no name stands for two states', () => {
    const names = (['system', 'light', 'dark'] as const).map(settingLabel);
    expect(new Set(names).size).toBe(3);
    expect(names[0]).toContain('system');
  });

  it('describes the press that follows the system again', () => {
    expect(nextLabel('light', 'light')).toBe('Press to follow the system setting');
    expect(nextLabel('system', 'light')).toBe('Press for the dark theme');
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    ['sepia', 'system'],
  ])('reads the stored %j as %s', (stored, setting) => {
    expect(settingOf(stored)).toBe(setting);
  });
});
