import { useEffect, useRef, useState } from 'react';

/**
 * An inline editor's open state: `base` is the value when it opened (null while closed), kept
 * so saving sends only what the person changed. On closing, focus goes back to the control
 * that opened it, so keyboard users do not land at the top of the page. When editing stops
 * being allowed (the phase is locked meanwhile) the editor closes without a surprise focus jump.
 */
export function useInlineEdit<T, E extends HTMLElement>(editable: boolean) {
  const [base, setBase] = useState<T | null>(null);
  const opener = useRef<E>(null);
  const closing = useRef(false);
  useEffect(() => {
    if (base !== null || !closing.current) return;
    closing.current = false;
    opener.current?.focus();
  }, [base]);
  useEffect(() => {
    if (!editable) setBase(null);
  }, [editable]);
  return {
    base,
    opener,
    open: (value: T) => setBase(value),
    close: () => {
      closing.current = true;
      setBase(null);
    },
  };
}
