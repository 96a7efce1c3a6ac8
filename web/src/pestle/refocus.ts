import { useEffect, useRef } from 'react';

/**
 * Focus that should follow a control to where it is mounted next. Moving an item to another
 * column or cluster re-mounts its card elsewhere, which would drop keyboard focus on <body>;
 * the control asks for focus before sending, and its new copy takes it once mounted. A request
 * lapses quickly so a later, unrelated mount never steals focus.
 */
let wanted: { key: string; until: number } | null = null;

export function requestFocus(key: string): void {
  wanted = { key, until: Date.now() + 1500 };
}

export function cancelFocus(key: string): void {
  if (wanted?.key === key) wanted = null;
}

/** A ref for the control known as `key`; it takes focus when a request for that key is pending. */
export function useRefocus<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  // No dependency list on purpose: the request may be served by a re-render as well as a mount.
  useEffect(() => {
    if (wanted?.key !== key) return;
    const fresh = Date.now() <= wanted.until;
    wanted = null;
    if (fresh && ref.current && document.activeElement !== ref.current) ref.current.focus();
  });
  return ref;
}
