import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { httpMutation } from '../../shared/protocol/messages.js';
import { authenticate } from '../commands/authenticate.js';
import type { AppContext } from '../commands/context.js';
import { addGroup, addGroupInput } from '../commands/add-group.js';
import { createWorkshop, createWorkshopInput } from '../commands/create-workshop.js';
import { sendToPlenary } from '../commands/send-to-plenary.js';
import { isLanguage, parseExportName, produce } from '../exports/catalog.js';
import { issueLink, issueLinkInput } from '../commands/issue-link.js';
import { joinInput, joinWorkshop, plenarySeat } from '../commands/join-workshop.js';
import { submitMutation } from '../commands/submit-mutation.js';
import { normalizeJoinCode } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import { LIMITS } from '../../shared/domain/constants.js';
import { parseTemplate } from '../../shared/template/schema.js';
import { zodToMesaError } from './errors.js';
import { joinBaseUrl } from './join-base.js';
import { workshopLinks } from './links.js';

export interface ApiOptions {
  version: string;
  /** The address links are built on; when null, the request's own host is used. */
  publicUrl: string | null;
  /** Workshop creations and joins per minute per IP (join-code lookups get twice this). */
  joinsPerMinute: number;
  listenHost: string;
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw zodToMesaError(result.error);
  return result.data;
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

function baseUrl(request: FastifyRequest, options: ApiOptions): string {
  return options.publicUrl ?? `${request.protocol}://${request.host}`;
}

const workshopParams = (request: FastifyRequest) => (request.params as { id: string }).id;

/** Sensitive endpoints get their own, tighter limits per IP (join attempts guess codes). */
const perMinute = (max: number) => ({ config: { rateLimit: { max, timeWindow: '1 minute' } } });

export async function apiRoutes(app: FastifyInstance, { ctx, options }: { ctx: AppContext; options: ApiOptions }) {
  const tight = (factor: number) => perMinute(options.joinsPerMinute * factor);
  app.get('/api/health', async () => ({ status: 'ok', store: ctx.store.kind, version: options.version }));

  app.get('/api/server-info', async (request) => ({
    joinBaseUrl: joinBaseUrl(options.publicUrl, options.listenHost, request.socket.localPort ?? 0),
  }));

  app.get('/api/templates', async () =>
    ctx.templates.list().map((t) => ({ id: t.id, title: t.title, group: t.group, description: t.description })),
  );

  app.post('/api/workshops', tight(1), async (request, reply) => {
    const input = parse(createWorkshopInput, request.body);
    const created = await createWorkshop(ctx, input);
    return reply.status(201).send({
      id: created.id,
      facilitatorToken: created.facilitatorToken,
      rapporteurToken: created.rapporteurToken,
      projectorToken: created.projectorToken,
      joinCode: created.joinCode,
      links: workshopLinks(baseUrl(request, options), created),
    });
  });

  // Templates as files: a workshop's guide (as adapted) goes out as a template, and a template
  // file comes in, validated, with each problem named by its field path.
  app.get('/api/workshops/:id/template', async (request, reply) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    if (actor.role !== 'facilitator' && actor.role !== 'rapporteur') throw new MesaError('forbidden');
    // The adapted guide is a template of its own: a new id (the original's plus this workshop's),
    // so importing it never collides with the template it came from.
    const base = room.state.template.id.slice(0, 40).replace(/-w[0-9a-f]{8}$/, '');
    const template = { ...room.state.template, id: `${base}-w${room.workshopId.replace(/-/g, '').slice(0, 8)}` };
    return reply.header('content-disposition', `attachment; filename="${template.id}.json"`).send(template);
  });

  app.post('/api/templates', { ...tight(1), bodyLimit: LIMITS.templateBytes }, async (request, reply) => {
    const parsed = parseTemplate(request.body);
    if (!parsed.ok) {
      throw new MesaError('invalid_template', { count: parsed.errors.length, errors: parsed.errors.slice(0, 10).join('; ') });
    }
    const t = parsed.template;
    if (ctx.templates.isBuiltIn(t.id)) throw new MesaError('template_exists', { id: t.id });
    ctx.templates.add(t);
    return reply.status(201).send({ id: t.id, title: t.title, group: t.group, description: t.description });
  });

  app.get('/api/join/:code', tight(2), async (request) => {
    const workshop = await ctx.store.findWorkshopByJoinCode(normalizeJoinCode((request.params as { code: string }).code));
    if (!workshop) throw new MesaError('join_code_not_found');
    const room = await ctx.rooms.get(workshop.id);
    // A workshop with a plenary lets the participant choose their group.
    const groups = [];
    for (const id of room?.state.plenary.groupOrder ?? []) {
      const group = await ctx.rooms.get(id);
      if (group) groups.push({ id, name: room?.state.plenary.groups[id]?.name ?? '', joinCode: group.joinCode });
    }
    return { workshopId: workshop.id, title: workshop.title, joinCode: workshop.joinCode, kind: room?.state.kind ?? 'group', groups };
  });

  app.post('/api/join', tight(1), async (request, reply) => {
    const input = parse(joinInput, request.body);
    const joined = await joinWorkshop(ctx, input);
    return reply.status(201).send(joined);
  });

  app.get('/api/workshops/:id/state', async (request) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    return { seq: room.seq, role: actor.role, memberId: actor.memberId, joinCode: room.joinCode, state: room.viewFor(actor).state };
  });

  app.post('/api/workshops/:id/links', tight(1), async (request, reply) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    const input = parse(issueLinkInput, request.body);
    const token = await issueLink(ctx, room, actor, input);
    const base = baseUrl(request, options);
    const link =
      input.role === 'projector' ? `${base}/w/${room.workshopId}/projector#token=${token}` : `${base}/w/${room.workshopId}#token=${token}`;
    return reply.status(201).send({ role: input.role, token, link });
  });

  app.post('/api/workshops/:id/groups', tight(1), async (request, reply) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    const created = await addGroup(ctx, room, actor, parse(addGroupInput, request.body));
    return reply.status(201).send({ id: created.id, joinCode: created.joinCode, links: workshopLinks(baseUrl(request, options), created) });
  });

  app.post('/api/workshops/:id/send-to-plenary', async (request) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    return sendToPlenary(ctx, room, actor);
  });

  app.post('/api/workshops/:id/plenary-seat', tight(1), async (request, reply) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    return reply.status(201).send(await plenarySeat(ctx, room, actor));
  });

  // Documents of a workshop, `:file` being `<kind>.<format>`, labels in `?lang=` (else the
  // workshop's language). Only those who lead it may take them: they hold everyone's words, and
  // a backup also the hashes of everyone's links.
  app.get('/api/workshops/:id/exports/:file', async (request, reply) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    if (actor.role !== 'facilitator' && actor.role !== 'rapporteur') throw new MesaError('forbidden');
    const named = parseExportName((request.params as { file: string }).file);
    if (!named) throw new MesaError('not_found');
    const asked = (request.query as { lang?: unknown }).lang;
    if (asked !== undefined && !isLanguage(asked)) throw new MesaError('invalid_args', { field: 'lang', reason: 'es, en or fr' });
    const lang = asked ?? room.state.language;
    const made = await produce({ ctx, room, lang, version: options.version }, named.kind, named.format);
    return reply.header('content-disposition', `attachment; filename="${made.filename}"`).type(made.contentType).send(made.body);
  });

  app.post('/api/workshops/:id/mutations', async (request) => {
    const { actor, room } = await authenticate(ctx, workshopParams(request), bearer(request));
    const envelope = parse(httpMutation, request.body);
    const outcome = await submitMutation(room, actor, envelope);
    return { seq: outcome.seq, ...(outcome.duplicate ? { duplicate: true } : {}) };
  });
}
