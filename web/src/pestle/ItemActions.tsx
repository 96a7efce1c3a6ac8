import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onEdit: () => void;
  onDelete: () => void;
}

/** The author's (or facilitator's) Edit and Delete, the latter confirmed in place. */
export function ItemActions({ onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <>
        <button type="button" className="button button--small button--danger" data-testid="pestle-item-delete-confirm" onClick={onDelete}>
          {t('pestle.item.confirmDelete')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(false)}>
          {t('pestle.item.cancel')}
        </button>
      </>
    );
  }
  return (
    <>
      <button type="button" className="button button--small button--secondary" data-testid="pestle-item-edit" onClick={onEdit}>
        {t('pestle.item.edit')}
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        data-testid="pestle-item-delete"
        onClick={() => setConfirming(true)}
      >
        {t('pestle.item.delete')}
      </button>
    </>
  );
}
