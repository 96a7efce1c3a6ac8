import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finalOf, workingIdsOfFinal } from '../../../shared/domain/final-matrix-model';
import { localize } from '../../../shared/template/schema';
import type { WorkshopState } from '../../../shared/domain/state';
import { useLang } from '../content/useLang';
import { matrixName } from '../matrices/outline';
import type { Mutate } from '../pestle/types';
import { ConsolidationFilters } from './ConsolidationFilters';
import { ConsolidationRow } from './ConsolidationRow';
import { type Filters, filterOptions, matchesFilters, NO_FILTERS, validFilters } from './filters';
import { buildRows, writersOf } from './rows';
import '../styles/consolidate.css';

/**
 * Consolidation (day 2 of the guide): every participant's working-matrix text for this final
 * matrix, row by row and side by side, for the facilitator and the rapporteur to take words
 * into the final matrix with their provenance. Only those two roles hold everyone's matrices.
 */
export function Consolidation({ view, finalId, mutate }: { view: WorkshopState; finalId: string; mutate?: Mutate }) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const [chosen, setChosen] = useState<Filters>(NO_FILTERS);
  const writers = useMemo(() => writersOf(view, finalId), [view, finalId]);
  const options = useMemo(() => filterOptions(view, writers), [view, writers]);
  const filters = validFilters(chosen, options);
  const shown = writers.filter((id) => matchesFilters(view, id, filters));
  const matrices = buildRows(view, finalId, (id) => matchesFilters(view, id, filters));
  const final = finalOf(view, finalId);
  const title = view.template.matrices.final.required.find((r) => r.id === finalId)?.title;
  // Nothing feeds this final matrix (a guide without working matrices for it): render nothing, so the editor takes the width.
  if (workingIdsOfFinal(view.template, finalId).length === 0) return null;
  return (
    // Named with its final matrix: each final matrix has its own consolidation beside it.
    <section
      className="cons"
      data-testid="consolidation"
      data-final={finalId}
      aria-label={t('consolidateUi.headingFor', { title: localize(title, lang) })}
    >
      <h4 id={headingId} className="cons__heading">
        {t('consolidateUi.heading')}
      </h4>
      <p className="hint">{t('consolidateUi.hint')}</p>
      {!mutate && <p className="notice">{t('consolidateUi.readOnly')}</p>}
      {writers.length === 0 ? (
        <p className="muted">{t('consolidateUi.none')}</p>
      ) : (
        <>
          <div className="cons__bar">
            <ConsolidationFilters filters={filters} options={options} onChange={setChosen} />
            <p className="cons__count" aria-live="polite">
              {t('consolidateUi.count', { count: shown.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('consolidateUi.noneFiltered')}</p>
          ) : (
            matrices.map(({ outline, rows }) => (
              <section key={outline.id} className="cons__matrix" aria-labelledby={`${headingId}-${outline.id}`}>
                {/* Most final matrices have one feeding matrix; its name still says where the texts come from. */}
                <h5 id={`${headingId}-${outline.id}`} className="cons__matrix-name">
                  {t('consolidateUi.matrix', { number: matrixName(outline, lang) })}
                </h5>
                {rows.map((row) => (
                  <ConsolidationRow
                    key={row.key}
                    view={view}
                    finalId={finalId}
                    final={final}
                    matrixId={outline.id}
                    row={row}
                    mutate={mutate}
                  />
                ))}
              </section>
            ))
          )}
        </>
      )}
    </section>
  );
}
