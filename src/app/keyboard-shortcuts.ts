import type { Preset } from '../../shared/periods';
import {
  CLEAR_MENTOR_KEY,
  COMPARE_KEY,
  HELP_KEY,
  MENTOR_KEY,
  PRESET_KEYS,
  REFRESH_KEY,
  SHIFT_BACK_KEY,
  SHIFT_FORWARD_KEY,
} from '../lib/shortcut-keys';

export type ShortcutAction =
  | { kind: 'preset'; preset: Preset }
  | { kind: 'compare' }
  | { kind: 'focus-mentor' }
  | { kind: 'clear-mentor' }
  | { kind: 'shift'; direction: -1 | 1 }
  | { kind: 'refresh' }
  | { kind: 'help' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const presetByKey = new Map(Object.entries(PRESET_KEYS).map(([preset, key]) => [key, preset as Preset]));

/** What a key press means on the dashboard; null when it is not ours or the person is typing. */
export function actionForKey(input: KeyInput): ShortcutAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || isTyping(input.target)) return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const preset = presetByKey.get(key);
  if (preset) return { kind: 'preset', preset };
  switch (key) {
    case COMPARE_KEY:
      return { kind: 'compare' };
    case MENTOR_KEY:
      return { kind: 'focus-mentor' };
    case CLEAR_MENTOR_KEY:
      return { kind: 'clear-mentor' };
    case SHIFT_BACK_KEY:
      return { kind: 'shift', direction: -1 };
    case SHIFT_FORWARD_KEY:
      return { kind: 'shift', direction: 1 };
    case REFRESH_KEY:
      return { kind: 'refresh' };
    case HELP_KEY:
      return { kind: 'help' };
    default:
      return null;
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return false;
}

/** For the `?` overlay: every shortcut in words. */
export const SHORTCUT_LIST: { keys: string[]; what: string }[] = [
  { keys: [PRESET_KEYS.today.toUpperCase()], what: 'Today' },
  { keys: [PRESET_KEYS.yesterday.toUpperCase()], what: 'Yesterday' },
  { keys: [PRESET_KEYS['7d'].toUpperCase()], what: 'Last 7 days' },
  { keys: [PRESET_KEYS['30d'].toUpperCase()], what: 'Last 30 days' },
  { keys: [PRESET_KEYS['90d'].toUpperCase()], what: 'Last 90 days' },
  { keys: ['←', '→'], what: 'Shift the range back or forward by its length' },
  { keys: [COMPARE_KEY.toUpperCase()], what: 'Compare with the previous period' },
  { keys: [MENTOR_KEY], what: 'Focus the mentor field' },
  { keys: ['Esc'], what: 'Clear the mentor filter' },
  { keys: [REFRESH_KEY.toUpperCase()], what: 'Refresh the data' },
  { keys: [HELP_KEY], what: 'Show this list' },
];
