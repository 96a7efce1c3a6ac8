import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { TextCell } from '../../../shared/domain/final-matrix-model';
import type { Member } from '../../../shared/domain/state';
import { cellVersions, mergeDraft } from './conflict';
import { memberLabel } from './names';

interface Props {
  cell: TextCell;
  members: Record<string, Member>;
  resolve: (text: string) => boolean;
}

/**
 * Two editors wrote the same cell at once: every version stays in view, each with "keep this
 * one", and a merged text can be written instead. Nothing is dropped until someone chooses.
 */
export function ConflictChooser({ cell, members, resolve }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // Seeded once with every version, so a merge starts from all the words written.
  const [merged, setMerged] = useState(() => mergeDraft(cell));
  return (
    <fieldset className="final-conflict" data-testid="final-conflict">
      <legend className="final-conflict__title">{t('finalUi.conflict.title')}</legend>
      <p className="hint">{t('finalUi.conflict.hint')}</p>
      <ul className="final-conflict__versions">
        {cellVersions(cell).map((version) => {
          const name = memberLabel(t, members, version.by);
          const whoId = `${id}-${version.author}`;
          return (
            <li key={version.author} className="final-conflict__version">
              <p id={whoId} className="final-conflict__who">
                {version.author === 'current' ? t('finalUi.conflict.current', { name }) : t('finalUi.conflict.alternative', { name })}
              </p>
              <p className="final-conflict__text">{version.text || <span className="muted">{t('finalUi.conflict.empty')}</span>}</p>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-describedby={whoId}
                data-testid="final-conflict-keep"
                data-author={version.author}
                onClick={() => resolve(version.text)}
              >
                {t('finalUi.conflict.keep')}
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={`${id}-merged`} className="wm-field__label">
        {t('finalUi.conflict.merged')}
      </label>
      <textarea
        id={`${id}-merged`}
        className="input wm-field__input"
        data-testid="final-conflict-merged"
        rows={3}
        maxLength={LIMITS.matrixText}
        value={merged}
        onChange={(e) => setMerged(e.target.value)}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button--small"
          data-testid="final-conflict-keep-merged"
          onClick={() => resolve(merged.trim())}
        >
          {t('finalUi.conflict.keepMerged')}
        </button>
      </div>
    </fieldset>
  );
}
