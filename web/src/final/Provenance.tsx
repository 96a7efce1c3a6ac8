import { useTranslation } from 'react-i18next';
import type { LinkRef, WorkingSource } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import { useLang } from '../content/useLang';
import { LinkChips } from './LinkChips';
import { LinkPicker } from './LinkPicker';
import { authorLabel } from './names';
import { sourceAuthor, workingMatrixName } from './provenance';

interface Props {
  view: WorkshopState;
  sources: WorkingSource[];
  links: LinkRef[];
  /** What the sources are of, for screen readers ("action 2 of matrix …"). */
  what: string;
  /** Absent for those who only read. */
  onLink?: (ref: LinkRef, linked: boolean) => boolean;
}

/** Where an element's words came from (whose working matrix, which part, the words taken) and what it answers. */
export function Provenance({ view, sources, links, what, onLink }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details className="final-sources" data-testid="final-sources">
      <summary className="final-sources__toggle">
        {t('finalUi.sources.summary', { sources: sources.length, links: links.length })}
        <span className="visually-hidden"> — {what}</span>
      </summary>
      <div className="final-sources__body">
        {sources.length === 0 ? (
          <p className="hint">{t('finalUi.sources.none')}</p>
        ) : (
          <ul className="final-sources__list">
            {sources.map((source) => (
              <li
                key={`${source.at}-${source.matrixId}-${source.authorId}-${JSON.stringify(source.part)}`}
                className="final-source"
                data-testid="final-source"
              >
                <p className="final-source__meta">
                  <strong>{authorLabel(t, sourceAuthor(source, view.members))}</strong>
                  {' · '}
                  {t('finalUi.sources.where', {
                    part: t(`finalUi.sources.parts.${source.part.field}`, { n: 'slot' in source.part ? source.part.slot : undefined }),
                    matrix: workingMatrixName(view.template, source.matrixId, lang),
                  })}
                </p>
                <blockquote className="final-source__text">{source.text}</blockquote>
              </li>
            ))}
          </ul>
        )}
        <LinkChips view={view} links={links} onUnlink={onLink && ((ref) => onLink(ref, false))} />
        {onLink && <LinkPicker view={view} links={links} what={what} onLink={(ref) => onLink(ref, true)} />}
      </div>
    </details>
  );
}
