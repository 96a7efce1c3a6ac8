/** The parts of a keyboard event the inline editors look at (a React KeyboardEvent fits). */
export interface EditorKey {
  key: string;
  shiftKey: boolean;
  target: EventTarget | { tagName?: string } | null;
  nativeEvent: { isComposing?: boolean };
  preventDefault(): void;
}

export type EditorAction = 'save' | 'cancel' | null;

/**
 * What a key does in an inline editor: Escape cancels; Enter saves from the text field or the
 * select (Shift+Enter keeps a new line). Buttons keep their own Enter, and an IME composing a
 * character keeps its Enter too.
 */
export function editorAction(e: EditorKey): EditorAction {
  if (e.key === 'Escape') return 'cancel';
  if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return null;
  const tag = (e.target as { tagName?: string } | null)?.tagName;
  return tag === 'TEXTAREA' || tag === 'SELECT' ? 'save' : null;
}

/** A form's onKeyDown for `editorAction`. */
export function editorKeys(save: () => void, cancel: () => void) {
  return (e: EditorKey) => {
    const action = editorAction(e);
    if (!action) return;
    e.preventDefault();
    if (action === 'save') save();
    else cancel();
  };
}
