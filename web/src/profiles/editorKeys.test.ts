import { describe, expect, it, vi } from 'vitest';
import { editorAction, editorKeys, type EditorKey } from './editorKeys';

const key = (k: string, tagName: string, extra: Partial<EditorKey> = {}): EditorKey => ({
  key: k,
  shiftKey: false,
  target: { tagName },
  nativeEvent: {},
  preventDefault: vi.fn(),
  ...extra,
});

describe('editorAction', () => {
  it('saves on Enter from the note or the priority', () => {
    expect(editorAction(key('Enter', 'TEXTAREA'))).toBe('save');
    expect(editorAction(key('Enter', 'SELECT'))).toBe('save');
  });

  it('keeps Shift+Enter for a new line and Enter while an IME composes', () => {
    expect(editorAction(key('Enter', 'TEXTAREA', { shiftKey: true }))).toBeNull();
    expect(editorAction(key('Enter', 'TEXTAREA', { nativeEvent: { isComposing: true } }))).toBeNull();
  });

  it('leaves Enter on buttons to the buttons (Cancel must cancel)', () => {
    expect(editorAction(key('Enter', 'BUTTON'))).toBeNull();
  });

  it('cancels on Escape from anywhere in the editor', () => {
    expect(editorAction(key('Escape', 'BUTTON'))).toBe('cancel');
    expect(editorAction(key('Escape', 'TEXTAREA'))).toBe('cancel');
  });
});

describe('editorKeys', () => {
  it('calls save or cancel and stops the default only when it acts', () => {
    const save = vi.fn();
    const cancel = vi.fn();
    const handle = editorKeys(save, cancel);
    const enter = key('Enter', 'TEXTAREA');
    handle(enter);
    expect(save).toHaveBeenCalledOnce();
    expect(enter.preventDefault).toHaveBeenCalledOnce();
    const esc = key('Escape', 'SELECT');
    handle(esc);
    expect(cancel).toHaveBeenCalledOnce();
    const letter = key('a', 'TEXTAREA');
    handle(letter);
    expect(letter.preventDefault).not.toHaveBeenCalled();
  });
});
