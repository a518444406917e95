import { describe, expect, it } from 'vitest';
import { actionForKey } from './keyboard-shortcuts';

function press(key: string, target: EventTarget | null = document.body, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) {
  return actionForKey({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });
}

describe('actionForKey', () => {
  it('maps one key per preset, upper or lower case', () => {
    expect(press('t')).toEqual({ kind: 'preset', preset: 'today' });
    expect(press('y')).toEqual({ kind: 'preset', preset: 'yesterday' });
    expect(press('W')).toEqual({ kind: 'preset', preset: '7d' });
    expect(press('m')).toEqual({ kind: 'preset', preset: '30d' });
    expect(press('q')).toEqual({ kind: 'preset', preset: '90d' });
  });

  it('maps compare, mentor, arrows, refresh and help', () => {
    expect(press('x')).toEqual({ kind: 'compare' });
    expect(press('/')).toEqual({ kind: 'focus-mentor' });
    expect(press('Escape')).toEqual({ kind: 'clear-mentor' });
    expect(press('ArrowLeft')).toEqual({ kind: 'shift', direction: -1 });
    expect(press('ArrowRight')).toEqual({ kind: 'shift', direction: 1 });
    expect(press('r')).toEqual({ kind: 'refresh' });
    expect(press('?')).toEqual({ kind: 'help' });
    expect(press('z')).toBeNull();
  });

  it('ignores keys while typing and with modifiers', () => {
    const input = document.createElement('input');
    expect(press('t', input)).toBeNull();
    expect(press('t', document.createElement('textarea'))).toBeNull();
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(press('t', editable)).toBeNull();
    editable.remove();
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(press('t', checkbox)).toEqual({ kind: 'preset', preset: 'today' });
    expect(press('r', document.body, { ctrlKey: true })).toBeNull();
    expect(press('t', document.body, { metaKey: true })).toBeNull();
  });
});
