export type Theme = 'light' | 'dark';

export const THEME_KEY = 'theme';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** A press switches between light and dark and remembers the choice for every page. */
export function bindThemeToggle(button: HTMLElement | null): void {
  if (!button) return;
  const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be off (private windows); the choice then lasts for this page only.
    }
    show();
  });
  show();
}
