import fs from 'node:fs';
import path from 'node:path';
import { errorMessage, pickLanguage } from '../../shared/i18n/errors.js';
import { restoreBackup } from '../commands/restore-backup.js';
import { loadConfig } from '../config.js';
import { openContext } from '../context.js';
import { MesaError } from '../errors.js';
import { isLanguage, parseExportName, produce } from '../exports/catalog.js';

const HELP = `Mesa's command line, against the data store of this machine (DATA_DIR, default ./data).

  npx mesa export <workshopId> --kind <kind> --format <format> --out <file> [--lang es|en|fr]
      Writes a document of a workshop, its labels in --lang (else the workshop's language).
      A group's room makes:
        report          docx, pdf, xlsx, md  the group's session report
        final-matrices  docx, pdf, xlsx, md  the group's final matrices, as the guide's tables
        handouts        docx, pdf, xlsx, md  the working matrices of Annex I, to print
      A plenary makes:
        workplan        docx, pdf, xlsx, md  the draft regional Work Plan
      Both make:
        backup          json  every event, the metadata and the links' hashes of the workshop
                              (and of its groups, for a workshop with a plenary), to restore elsewhere
  npx mesa restore <file>
      Rebuilds the workshops of a backup file in this Mesa: same ids, same state, and the
      same links keep working. A damaged or foreign file, or a workshop already here,
      changes nothing.
  npx mesa --help

Messages are in the language of LANG (es, en or fr; Spanish by default).
Exit status: 0 done, 1 refused (the message says why), 2 wrong usage.`;

const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
  .version;

class Usage extends Error {}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Usage(`${name} needs a value`);
  return value;
}

async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || rest.includes('--help')) return HELP;
  const ctx = openContext(loadConfig());
  try {
    if (command === 'export') {
      const [workshopId] = rest;
      const kind = flag(rest, '--kind');
      const format = flag(rest, '--format');
      const out = flag(rest, '--out');
      const lang = flag(rest, '--lang');
      if (!workshopId || workshopId.startsWith('--') || !kind || !format || !out)
        throw new Usage('export needs <workshopId> --kind --format --out');
      const named = parseExportName(`${kind}.${format}`);
      if (!named) throw new Usage(`no document ${kind}.${format}: see --help`);
      if (lang !== undefined && !isLanguage(lang)) throw new Usage('--lang is es, en or fr');
      const room = await ctx.rooms.get(workshopId);
      if (!room) throw new MesaError('workshop_not_found');
      const made = await produce({ ctx, room, lang: lang ?? room.state.language, version }, named.kind, named.format);
      fs.writeFileSync(out, made.body);
      return `${out}: ${kind}.${format}, ${typeof made.body === 'string' ? Buffer.byteLength(made.body) : made.body.length} bytes`;
    }
    if (command === 'restore') {
      const [file] = rest;
      if (!file) throw new Usage('restore needs a file');
      let data: unknown;
      try {
        data = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        throw new MesaError('invalid_backup', { reason: error instanceof Error ? error.message.slice(0, 200) : 'unreadable' });
      }
      const restored = await restoreBackup(ctx, data);
      return restored.map((w) => `restored ${w.id} "${w.title}" (${w.events} events), join code ${w.joinCode}`).join('\n');
    }
    throw new Usage(`unknown command ${command}`);
  } finally {
    await ctx.store.close();
  }
}

run(process.argv.slice(2)).then(
  (output) => {
    console.log(output);
  },
  (error: unknown) => {
    if (error instanceof Usage) {
      console.error(`mesa: ${error.message}\n\n${HELP}`);
      process.exit(2);
    }
    if (error instanceof MesaError) {
      console.error(`mesa: ${errorMessage(pickLanguage(process.env.LANG?.slice(0, 2)), error.code, error.params)}`);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);
