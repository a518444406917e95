import { useTheme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useTheme();
  const dark = theme === 'dark';
  return (
    <button type="button" className="button-secondary" aria-pressed={dark} onClick={() => setTheme(dark ? 'light' : 'dark')}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      Dark mode
    </button>
  );
}
