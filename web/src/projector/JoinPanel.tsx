import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../routes';
import { useJoinBase } from './useJoinBase';
import { qrDataUri } from './qr';

/** How to join, readable from the back of the room: the address, a QR code and the code itself. */
export function JoinPanel({ joinCode, children }: { joinCode: string | null; children?: ReactNode }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const base = useJoinBase();
  const joinUrl = joinCode ? `${base}${paths.join(joinCode)}` : null;

  useEffect(() => {
    if (!joinUrl) return;
    let live = true;
    qrDataUri(joinUrl)
      .then((uri) => live && setQr(uri))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [joinUrl]);

  return (
    <aside className="join-panel" aria-labelledby="join-panel-h">
      <h2 id="join-panel-h" className="join-panel__heading">
        {t('projector.joinHeading')}
      </h2>
      {joinUrl && qr && <img className="join-panel__qr" src={qr} alt={t('projector.qrAlt', { url: joinUrl })} data-testid="join-qr" />}
      <p className="join-panel__at">{t('projector.joinAt', { url: base.replace(/^https?:\/\//, '') })}</p>
      {joinCode ? (
        <p className="join-panel__code">
          <span className="visually-hidden">{t('projector.codeLabel')}: </span>
          <span data-testid="join-code">{joinCode}</span>
        </p>
      ) : (
        <p className="join-panel__unknown">{t('projector.codeUnknown')}</p>
      )}
      {children}
    </aside>
  );
}
