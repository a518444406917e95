import type { Preset } from '../../shared/periods';

/**
 * The dashboard's keyboard shortcuts, in one place so the handler, the `?` overlay and the
 * controls' `aria-keyshortcuts` can never disagree.
 */
export const PRESET_KEYS: Record<Preset, string> = {
  today: 't',
  yesterday: 'y',
  '7d': 'w',
  '30d': 'm',
  '90d': 'q',
};
export const COMPARE_KEY = 'x';
export const MENTOR_KEY = '/';
export const CLEAR_MENTOR_KEY = 'Escape';
export const SHIFT_BACK_KEY = 'ArrowLeft';
export const SHIFT_FORWARD_KEY = 'ArrowRight';
export const REFRESH_KEY = 'r';
export const HELP_KEY = '?';

/** `aria-keyshortcuts` spells keys its own way: letters upper-case, `/` as Slash. */
export function ariaKey(key: string): string {
  if (key === '/') return 'Slash';
  if (key === '?') return 'Shift+Slash';
  return key.length === 1 ? key.toUpperCase() : key;
}
