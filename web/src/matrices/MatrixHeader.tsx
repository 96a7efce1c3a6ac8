import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixOutline } from '../../../shared/domain/working-matrices';
import type { Template } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';

interface Props {
  outline: MatrixOutline;
  fields: Template['matrices']['working']['fields'];
  headingId: string;
  /** Beside the title: the save status of an editor. */
  children?: ReactNode;
}

/** A matrix's number and its objective, which the guide sets and no one edits. */
export function MatrixHeader({ outline, fields, headingId, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <header className="wm-card__head">
        <h4 id={headingId} className="wm-card__title">
          {outline.number ? t('matricesUi.matrix.numbered', { number: outline.number }) : <Localized text={outline.objective} />}
        </h4>
        {children}
      </header>
      <div className="wm-objective">
        <Localized as="p" className="wm-field__label" text={fields.objective} />
        <Localized as="p" className="wm-objective__text" text={outline.objective} />
      </div>
    </>
  );
}
