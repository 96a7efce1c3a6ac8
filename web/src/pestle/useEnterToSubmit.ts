import type { KeyboardEvent } from 'react';

/** Enter submits, Shift+Enter keeps a new line; never while an IME is composing a character. */
export function enterToSubmit(submit: () => void) {
  return (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    submit();
  };
}
