import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from './commands/context.js';
import { type CreatedWorkshop, createWorkshop } from './commands/create-workshop.js';
import { type WorkshopLinks, workshopLinks } from './http/links.js';

export const DEMO_TEMPLATE_ID = 'crm-group4';

export interface DemoWorkshop {
  id: string;
  joinCode: string;
  links: WorkshopLinks;
}

/**
 * On an empty store, creates the demo workshop from the group 4 guide. Its secrets are
 * written to DATA_DIR/demo-secrets.json (readable only by the owner) so the next start can
 * print the links again: the store itself keeps only token hashes. Only the demo has this
 * file; real workshops' links are shown once, to whoever created them.
 */
export async function ensureDemoWorkshop(
  ctx: AppContext,
  dataDir: string,
  base: string,
): Promise<{ demo: DemoWorkshop; created: boolean } | null> {
  const file = path.join(dataDir, 'demo-secrets.json');
  const existing = await ctx.store.listWorkshops();
  if (existing.length > 0) {
    if (!fs.existsSync(file)) return null;
    // Links are rebuilt on every start: the address (PORT, PUBLIC_URL) may have changed.
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as CreatedWorkshop;
    if (!existing.some((w) => w.id === saved.id)) return null;
    return { demo: { id: saved.id, joinCode: saved.joinCode, links: workshopLinks(base, saved) }, created: false };
  }
  const created = await createWorkshop(ctx, {
    kind: 'group',
    templateId: DEMO_TEMPLATE_ID,
    title: 'Taller Regional — Plan de Trabajo sobre Tráfico Ilícito de Migrantes (Grupo 4, demo)',
    language: 'es',
  });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return { demo: { id: created.id, joinCode: created.joinCode, links: workshopLinks(base, created) }, created: true };
}
