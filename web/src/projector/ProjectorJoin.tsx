import { ConnectionIndicator } from '../components/ConnectionIndicator';
import type { WorkshopSnapshot } from '../sync/useWorkshop';
import { JoinPanel } from './JoinPanel';

/** The projector's join code and QR, with its connection state below: whatever the room shows beside it. */
export function ProjectorJoin({ snapshot, joinCode }: { snapshot: WorkshopSnapshot; joinCode: string | null }) {
  return (
    <JoinPanel joinCode={joinCode}>
      <div className={`projector__connection projector__connection--${snapshot.status}`}>
        <ConnectionIndicator status={snapshot.status} pendingCount={0} disconnectedAt={snapshot.disconnectedAt} />
      </div>
    </JoinPanel>
  );
}
