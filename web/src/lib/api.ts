import type { LocalizedText } from '../../../shared/template/schema';
import type { Language, Sector } from '../../../shared/domain/constants';
import type { RoomKind } from '../../../shared/domain/plenary';

/** An HTTP API failure, with the server's message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface RequestOptions {
  lang: Language;
  body?: unknown;
  token?: string;
  /** Shown when the server cannot be reached at all. */
  networkMessage: string;
}

async function request<T>(method: 'GET' | 'POST', path: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.lang };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', options.networkMessage);
  }
  const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, data?.error?.code ?? 'internal', data?.error?.message ?? options.networkMessage);
  }
  return data as T;
}

/** A document of a workshop (`final-matrices.md`…), as a file to save: the body and the name the server gave it. */
export async function downloadExport(
  workshopId: string,
  file: string,
  docLang: Language,
  token: string,
  options: Omit<RequestOptions, 'token' | 'body'>,
): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/exports/${file}?lang=${docLang}`, {
      headers: { 'Accept-Language': options.lang, Authorization: `Bearer ${token}` },
    });
  } catch {
    throw new ApiError(0, 'network', options.networkMessage);
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(response.status, data?.error?.code ?? 'internal', data?.error?.message ?? options.networkMessage);
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? file;
  return { blob: await response.blob(), filename };
}

export interface TemplateSummary {
  id: string;
  title: LocalizedText;
  group: LocalizedText;
  description: LocalizedText;
}

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  rapporteurToken: string;
  projectorToken: string;
  links: { facilitator: string; rapporteur: string; projector: string; participant: string };
}

export interface JoinLookup {
  workshopId: string;
  title: string;
  joinCode: string;
  kind: RoomKind;
  /** A plenary's groups, each joined with its own code; empty otherwise. */
  groups: Array<{ id: string; name: string; joinCode: string }>;
}

export interface Seat {
  workshopId: string;
  memberId: string;
  participantToken: string;
}

/** Joining a group of a workshop with a plenary also seats the participant in the plenary. */
export interface Joined extends Seat {
  plenary?: Seat;
}

export interface AddedGroup {
  id: string;
  joinCode: string;
  links: CreatedWorkshop['links'];
}

export interface JoinInput {
  joinCode: string;
  name: string;
  institution: string;
  country: string;
  sector: Sector;
}

type Opts = Omit<RequestOptions, 'body' | 'token'>;

export const api = {
  templates: (o: Opts) => request<TemplateSummary[]>('GET', '/api/templates', o),
  createWorkshop: (body: { templateId: string; title: string; language: Language; kind: RoomKind }, o: Opts) =>
    request<CreatedWorkshop>('POST', '/api/workshops', { ...o, body }),
  lookupJoinCode: (code: string, o: Opts) => request<JoinLookup>('GET', `/api/join/${encodeURIComponent(code)}`, o),
  join: (body: JoinInput, o: Opts) => request<Joined>('POST', '/api/join', { ...o, body }),
  /** Validated on the server; a broken file comes back as an ApiError naming each field path. */
  importTemplate: (template: unknown, o: Opts) => request<TemplateSummary>('POST', '/api/templates', { ...o, body: template }),
  /** The workshop's guide as a template file (facilitator or rapporteur). */
  exportTemplate: (id: string, token: string, o: Opts) =>
    request<{ id: string }>('GET', `/api/workshops/${encodeURIComponent(id)}/template`, { ...o, token }),
  issueLink: (id: string, token: string, role: 'projector' | 'rapporteur', o: Opts) =>
    request<{ role: string; link: string }>('POST', `/api/workshops/${encodeURIComponent(id)}/links`, { ...o, token, body: { role } }),
  /** A new group of a plenary (plenary facilitator); its secret links come back only in this answer. */
  addGroup: (plenaryId: string, token: string, body: { name: string; templateId: string }, o: Opts) =>
    request<AddedGroup>('POST', `/api/workshops/${encodeURIComponent(plenaryId)}/groups`, { ...o, token, body }),
  /** Copies the group's final matrices into its plenary (group facilitator or rapporteur). */
  /** A seat in the group's plenary for the holder of a group token (the group's leads have none from joining). */
  plenarySeat: (groupId: string, token: string, o: Opts) =>
    request<{ workshopId: string; memberId: string; participantToken: string }>(
      'POST',
      `/api/workshops/${encodeURIComponent(groupId)}/plenary-seat`,
      { ...o, token },
    ),
  sendToPlenary: (groupId: string, token: string, o: Opts) =>
    request<{ version: number; plenaryId: string }>('POST', `/api/workshops/${encodeURIComponent(groupId)}/send-to-plenary`, {
      ...o,
      token,
    }),
};
