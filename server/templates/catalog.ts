import fs from 'node:fs';
import path from 'node:path';
import { parseTemplate, type Template } from '../../shared/template/schema.js';

export interface TemplateCatalog {
  list(): Template[];
  get(id: string): Template | undefined;
  /** Whether `id` is one of the templates shipped with Mesa (those cannot be replaced by an import). */
  isBuiltIn(id: string): boolean;
  /** Adds or replaces an imported template; kept in the import folder, so it survives a restart. */
  add(template: Template): void;
}

/**
 * Loads every `*.json` template in a folder and validates it. A broken template stops the
 * server with each problem named by its field path, rather than failing mid-workshop.
 */
export function loadTemplates(dir: string, importDir: string | null = null): TemplateCatalog {
  const builtIn = readTemplates(dir);
  if (builtIn.size === 0) throw new Error(`no templates found in ${dir}`);
  const imported = importDir && fs.existsSync(importDir) ? readTemplates(importDir) : new Map<string, Template>();
  for (const id of imported.keys()) if (builtIn.has(id)) imported.delete(id);
  return {
    list: () => [...builtIn.values(), ...imported.values()],
    get: (id) => builtIn.get(id) ?? imported.get(id),
    isBuiltIn: (id) => builtIn.has(id),
    add(template) {
      if (!importDir) throw new Error('this catalog takes no imports');
      if (builtIn.has(template.id)) throw new Error(`template ${template.id} is built in`);
      fs.mkdirSync(importDir, { recursive: true });
      // Written aside and renamed: a crash never leaves half a template to stop the next start.
      const file = path.join(importDir, `${template.id}.json`);
      fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(template, null, 1)}\n`);
      fs.renameSync(`${file}.tmp`, file);
      imported.set(template.id, template);
    },
  };
}

function readTemplates(dir: string): Map<string, Template> {
  const templates = new Map<string, Template>();
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = parseTemplate(data);
    if (!parsed.ok) {
      problems.push(...parsed.errors.map((e) => `${file}: ${e}`));
      continue;
    }
    if (templates.has(parsed.template.id)) problems.push(`${file}: duplicate template id "${parsed.template.id}"`);
    templates.set(parsed.template.id, parsed.template);
  }
  if (problems.length) throw new Error(`invalid templates in ${dir}:\n${problems.join('\n')}`);
  return templates;
}
