import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/constants';
import type { WorkshopState } from '../../../shared/domain/state';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Localized } from '../content/Localized';
import { paths } from '../routes';
import type { WorkshopSnapshot } from '../sync/useWorkshop';
import { DocumentsMenu } from './DocumentsMenu';
import { ShareLinks } from './ShareLinks';

interface Props {
  view: WorkshopState;
  snapshot: WorkshopSnapshot;
  joinCode: string | null;
  /** Opens the list of changes the server did not accept. */
  onShowConflicts: () => void;
}

function useWhoAmI(view: WorkshopState, role: Role | null, memberId: string | null): string {
  const { t } = useTranslation();
  if (!role) return '';
  const name = memberId ? view.members[memberId]?.name : '';
  return name ? t('workshop.youNamed', { name, role: t(`roles.${role}`) }) : t('workshop.you', { role: t(`roles.${role}`) });
}

/** Title and group, who I am, the join code, the connection, and the language. */
export function WorkshopHeader({ view, snapshot, joinCode, onShowConflicts }: Props) {
  const { t } = useTranslation();
  const who = useWhoAmI(view, snapshot.role, snapshot.memberId);
  return (
    <header className="ws-header">
      <div className="ws-header__inner">
        <div className="ws-header__titles">
          <Localized as="p" className="eyebrow ws-header__group" text={view.template.group} />
          <h1 className="ws-header__title" data-testid="workshop-title">
            {view.title}
          </h1>
        </div>
        <div className="ws-header__meta">
          <p className="ws-header__who" data-testid="whoami" data-role={snapshot.role ?? undefined}>
            {who}
          </p>
          {joinCode && (
            <p className="ws-header__code" data-testid="header-join-code">
              {t('workshop.joinCode', { code: joinCode })}
            </p>
          )}
          {snapshot.role === 'facilitator' && (
            <a className="ws-header__link" href={paths.projector(view.id)} target="_blank" rel="noopener">
              {t('workshop.openProjector')}
            </a>
          )}
          {snapshot.role === 'facilitator' && <ShareLinks workshopId={view.id} />}
          {(snapshot.role === 'facilitator' || snapshot.role === 'rapporteur') && <DocumentsMenu workshopId={view.id} kind={view.kind} />}
          <ConnectionIndicator
            status={snapshot.status}
            pendingCount={snapshot.pendingCount}
            disconnectedAt={snapshot.disconnectedAt}
            onRetry={() => snapshot.client.reconnectNow()}
            conflictCount={snapshot.conflicts.length}
            onShowConflicts={onShowConflicts}
          />
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
