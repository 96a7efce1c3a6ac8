import type { ReactNode } from 'react';

/**
 * Wide tables scroll inside this box, never the page. It is focusable so keyboard users can
 * scroll it too, and named so screen readers announce what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
