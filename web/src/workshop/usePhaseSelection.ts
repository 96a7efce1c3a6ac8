import { useState } from 'react';

/**
 * Which phase this screen shows. It follows the room (the current phase) until the user picks
 * another one; when the facilitator moves the room, everyone follows again.
 */
export function usePhaseSelection(currentPhaseId: string, followOnly = false) {
  const [picked, setPicked] = useState<string | null>(null);
  const [seenCurrent, setSeenCurrent] = useState(currentPhaseId);
  if (seenCurrent !== currentPhaseId) {
    // Adjusting state while rendering (React's documented pattern) avoids a flash of the old phase.
    setSeenCurrent(currentPhaseId);
    setPicked(null);
  }
  // When the facilitator holds participants on the room's phase, there is nothing to pick.
  const selectedId = followOnly ? currentPhaseId : (picked ?? currentPhaseId);
  const select = (phaseId: string) => {
    if (!followOnly) setPicked(phaseId === currentPhaseId ? null : phaseId);
  };
  return { selectedId, select, following: picked === null };
}
