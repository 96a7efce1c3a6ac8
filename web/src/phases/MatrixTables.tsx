import { useTranslation } from 'react-i18next';
import type { LocalizedText, Template } from '../../../shared/template/schema';
import { localize } from '../../../shared/template/schema';
import { TableScroll } from '../components/TableScroll';
import { Localized } from '../content/Localized';
import { useLang } from '../content/useLang';

type Matrices = Template['matrices'];
type Prefill = Matrices['prefills'][number];

/** 1..n, for action slots. */
const slots = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * A working matrix, read-only: Objective and Commitment, then Actions 1..n each with
 * Comments, and a Participant notes column down the side. Empty for the structure, or with
 * a pre-fill from Annex I (open slots stay empty).
 */
export function WorkingMatrixTable({
  matrices,
  prefill,
  caption,
}: {
  matrices: Matrices;
  prefill?: Prefill;
  caption: LocalizedText | string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { fields, actionSlots } = matrices.working;
  const count = Math.max(actionSlots, prefill?.actions.length ?? 0);
  return (
    <TableScroll label={typeof caption === 'string' ? caption : localize(caption, lang)}>
      <table className="table matrix matrix--working" data-testid="working-matrix">
        <caption>{typeof caption === 'string' ? caption : <Localized text={caption} />}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.field')}</th>
            <th scope="col">{t('matrix.content')}</th>
            <th scope="col">
              <Localized text={fields.comments} />
            </th>
            <th scope="col">
              <Localized text={fields.participantNotes} />
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <Localized text={fields.objective} />
            </th>
            <td colSpan={2}>{prefill && <Localized text={prefill.objective} />}</td>
            <td className="matrix__notes" />
          </tr>
          <tr>
            <th scope="row">
              <Localized text={fields.commitment} />
            </th>
            <td colSpan={2}>{prefill?.commitment && <Localized text={prefill.commitment} />}</td>
            <td className="matrix__notes" />
          </tr>
          <tr className="matrix__group">
            <th scope="colgroup" colSpan={4}>
              <Localized text={fields.actions} />
            </th>
          </tr>
          {slots(count).map((n) => {
            const action = prefill?.actions[n - 1];
            return (
              <tr key={n}>
                <th scope="row">{t('matrix.action', { n })}</th>
                <td>
                  {action?.text ? <Localized text={action.text} /> : prefill && <span className="muted">{t('matrix.openSlot')}</span>}
                </td>
                <td>
                  {action && action.commentHints.length > 0 && (
                    <ul className="matrix__hints">
                      {action.commentHints.map((hint) => (
                        <Localized key={hint.es} as="li" text={hint} />
                      ))}
                    </ul>
                  )}
                </td>
                <td className="matrix__notes" />
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A final matrix, empty for now: Objective, Commitment or scope, Actions 1..n. */
export function FinalMatrixTable({ matrices, caption }: { matrices: Matrices; caption: LocalizedText }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { fields, actionSlots } = matrices.final;
  return (
    <TableScroll label={localize(caption, lang)}>
      <table className="table matrix matrix--final" data-testid="final-matrix">
        <caption>
          <Localized text={caption} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.field')}</th>
            <th scope="col">{t('matrix.content')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <Localized text={fields.objective} />
            </th>
            <td className="matrix__empty" />
          </tr>
          <tr>
            <th scope="row">
              <Localized text={fields.commitment} />
            </th>
            <td className="matrix__empty" />
          </tr>
          <tr className="matrix__group">
            <th scope="colgroup" colSpan={2}>
              <Localized text={fields.actions} />
            </th>
          </tr>
          {slots(actionSlots).map((n) => (
            <tr key={n}>
              <th scope="row">{t('matrix.action', { n })}</th>
              <td className="matrix__empty" />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
