import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from './RemoveButton';

interface Props {
  name: string;
  index: number;
  count: number;
  /** False when the move was refused before sending. */
  onMove: (toIndex: number) => boolean;
  onRemove: () => void;
  removeBlocked?: string;
}

type Direction = 'up' | 'down';

/** Move up, move down and remove: the same for every list of the guide, agenda included. */
export function RowActions({ name, index, count, onMove, onRemove, removeBlocked }: Props) {
  const { t } = useTranslation();
  const refs = { up: useRef<HTMLButtonElement>(null), down: useRef<HTMLButtonElement>(null) };
  const pending = useRef<Direction | null>(null);
  // Reordering moves the row's DOM node, which drops focus; once the row has its new place,
  // put focus back on the button pressed (or its twin when that one just became disabled).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the row's place changes
  useEffect(() => {
    const dir = pending.current;
    if (!dir) return;
    pending.current = null;
    const pressed = refs[dir].current;
    (pressed && !pressed.disabled ? pressed : refs[dir === 'up' ? 'down' : 'up'].current)?.focus();
  }, [index]);

  const move = (dir: Direction) => {
    pending.current = dir;
    if (!onMove(dir === 'up' ? index - 1 : index + 1)) pending.current = null;
  };
  const arrow = (dir: Direction, symbol: string, disabled: boolean) => (
    <button
      ref={refs[dir]}
      type="button"
      className="button button--small button--secondary prepare-actions__move"
      aria-label={t(`prepare.row.${dir}`, { name })}
      title={t(`prepare.row.${dir}`, { name })}
      disabled={disabled}
      data-testid={`prepare-${dir}`}
      onClick={() => move(dir)}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );

  return (
    <div className="prepare-actions">
      {arrow('up', '↑', index === 0)}
      {arrow('down', '↓', index >= count - 1)}
      <RemoveButton name={name} onRemove={onRemove} blocked={removeBlocked} />
    </div>
  );
}
