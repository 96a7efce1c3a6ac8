import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { tabAfterKey } from './tabs';

export interface Tab<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

/**
 * Tabs after the WAI-ARIA pattern: one tab stop, arrows (and Home/End) move and select. Every
 * panel stays mounted, hidden when not selected, so a half-written comment survives a look at
 * another tab.
 */
export function PlenaryTabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
}) {
  const id = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next = tabAfterKey(index, tabs.length, e.key);
    const tab = next === null ? undefined : tabs[next];
    if (next === null || !tab) return;
    e.preventDefault();
    onSelect(tab.key);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div className="plenary-tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-controls={`${id}-panel-${tab.key}`}
            aria-selected={tab.key === selected}
            tabIndex={tab.key === selected ? 0 : -1}
            className="plenary-tabs__tab"
            data-testid={`plenary-tab-${tab.key}`}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== selected}
          className="plenary-tabs__panel"
        >
          {tab.panel}
        </div>
      ))}
    </>
  );
}
