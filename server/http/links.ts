import type { CreatedWorkshop } from '../commands/create-workshop.js';

export interface WorkshopLinks {
  facilitator: string;
  rapporteur: string;
  projector: string;
  participant: string;
}

/**
 * Secret links carry the token in the URL fragment: browsers never send the fragment to a
 * server, so it stays out of access logs and Referer headers.
 */
export function workshopLinks(base: string, w: CreatedWorkshop): WorkshopLinks {
  return {
    facilitator: `${base}/w/${w.id}#token=${w.facilitatorToken}`,
    rapporteur: `${base}/w/${w.id}#token=${w.rapporteurToken}`,
    projector: `${base}/w/${w.id}/projector#token=${w.projectorToken}`,
    participant: `${base}/join/${w.joinCode}`,
  };
}
