import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS, Debouncer, type Draft, textToSend, typedText } from './autosave';

interface Options {
  /** The field's text in the view (confirmed, or changed here and not yet confirmed). */
  value: string;
  /** Sends the trimmed text; false when it was refused before sending (then the draft stays). */
  save: (text: string) => boolean;
  allowEmpty?: boolean;
  /** Told when the field starts or stops holding text not yet sent. */
  onDirtyChange?: (dirty: boolean) => void;
  delay?: number;
}

/**
 * A text field saved as the person types: after a pause and on blur, only when the text differs
 * from the view. While the field is focused its own draft wins, so an update arriving meanwhile
 * never overwrites what is being typed; once it loses focus it follows the view again.
 */
export function useAutosave({ value, save, allowEmpty = true, onDirtyChange, delay = AUTOSAVE_DELAY_MS }: Options) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [debouncer] = useState(() => new Debouncer(delay));
  // The timer, blur and unmount read the latest values, not those of the render that scheduled them.
  const latest = useRef({ draft, value, save, allowEmpty, onDirtyChange });
  useEffect(() => {
    latest.current = { draft, value, save, allowEmpty, onDirtyChange };
  });

  const flush = useCallback((): boolean => {
    debouncer.cancel();
    const { draft, value, save, allowEmpty } = latest.current;
    const text = textToSend(typedText(draft), value, allowEmpty);
    return text === null || save(text);
  }, [debouncer]);

  const dirty = textToSend(typedText(draft), value, allowEmpty) !== null;
  useEffect(() => {
    latest.current.onDirtyChange?.(dirty);
  }, [dirty]);

  // Leaving the phase mid-sentence still saves it.
  useEffect(
    () => () => {
      flush();
      latest.current.onDirtyChange?.(false);
    },
    [flush],
  );

  return {
    text: draft?.text ?? value,
    dirty,
    // Held from focus on, but sent only once typed in: merely visiting a field never undoes a change made elsewhere.
    onFocus: () => setDraft((d) => d ?? { text: value, typed: false }),
    onChange: (text: string) => {
      const next = { text, typed: true };
      setDraft(next);
      latest.current.draft = next;
      debouncer.schedule(flush);
    },
    onBlur: () => {
      // A refused save keeps the draft on screen rather than losing it to the view.
      if (flush()) setDraft(null);
    },
  };
}
