import fs from 'node:fs';
import path from 'node:path';
import { parseTemplate, type Template } from '../../shared/template/schema.js';

export interface TemplateCatalog {
  list(): Template[];
  get(id: string): Template | undefined;
}

/**
 * Loads every `*.json` template in a folder and validates it. A broken template stops the
 * server with each problem named by its field path, rather than failing mid-workshop.
 */
export function loadTemplates(dir: string): TemplateCatalog {
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
  if (templates.size === 0) throw new Error(`no templates found in ${dir}`);
  return {
    list: () => [...templates.values()],
    get: (id) => templates.get(id),
  };
}
