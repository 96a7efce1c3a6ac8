/**
 * Summarises a V8 .heapsnapshot: retained-by-nobody-else is hard, so this sums the *self*
 * size and count of live objects by constructor (or closure) name, which is enough to see
 * what each idle connection keeps alive. `bench/fanout.ts --heap` takes one snapshot of each
 * server with all N clients connected and prints this per connection.
 *
 *   npx tsx bench/heap-summary.ts <file.heapsnapshot> [<later.heapsnapshot>] [--per <n>] [--top 30]
 *
 * With two files, prints what the later one has more of (divided by --per).
 */
import fs from 'node:fs';
import path from 'node:path';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export interface HeapSummary {
  file: string;
  totalBytes: number;
  /** Heaviest groups by self size: "type name", bytes, count. */
  groups: Array<{ group: string; bytes: number; count: number }>;
}

/** All groups of a snapshot, by "type name". */
function groupsOf(file: string): { total: number; groups: Map<string, { bytes: number; count: number }> } {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const fType = fields.indexOf('type');
  const fName = fields.indexOf('name');
  const fSize = fields.indexOf('self_size');
  const groups = new Map<string, { bytes: number; count: number }>();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + fType] ?? 0] ?? '?';
    const size = snap.nodes[i + fSize] ?? 0;
    total += size;
    let name = snap.strings[snap.nodes[i + fName] ?? 0] ?? '';
    // Strings, numbers and code are grouped by type alone; their names are their contents.
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' || type === 'code') name = '';
    if (name.length > 60) name = `${name.slice(0, 57)}…`;
    const key = `${type}${name ? ` ${name}` : ''}`;
    const g = groups.get(key) ?? { bytes: 0, count: 0 };
    g.bytes += size;
    g.count += 1;
    groups.set(key, g);
  }
  return { total, groups };
}

/** What `after` has that `before` did not: the cost of what happened in between (e.g. N connections). */
export function diffHeaps(beforeFile: string, afterFile: string, top = 30): HeapSummary {
  const before = groupsOf(beforeFile);
  const after = groupsOf(afterFile);
  const diff = new Map<string, { bytes: number; count: number }>();
  for (const [key, g] of after.groups) {
    const b = before.groups.get(key) ?? { bytes: 0, count: 0 };
    diff.set(key, { bytes: g.bytes - b.bytes, count: g.count - b.count });
  }
  return {
    file: `${path.basename(afterFile)} − ${path.basename(beforeFile)}`,
    totalBytes: after.total - before.total,
    groups: [...diff]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, top)
      .map(([group, g]) => ({ group, ...g })),
  };
}

export function summariseHeap(file: string, top = 30): HeapSummary {
  const { total, groups } = groupsOf(file);
  return {
    file: path.basename(file),
    totalBytes: total,
    groups: [...groups]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, top)
      .map(([group, g]) => ({ group, ...g })),
  };
}

export function formatHeap(h: HeapSummary, per: number): string {
  const lines = [`heap ${h.file}: ${(h.totalBytes / 1024 / 1024).toFixed(1)} MB live, ${(h.totalBytes / per).toFixed(0)} B per connection`];
  if (h.totalBytes === 0) return lines[0] ?? '';
  lines.push('   B/conn   objects/conn  group (self sizes; "object X" = instances of X, "closure f" = function f)');
  for (const g of h.groups) {
    lines.push(`  ${(g.bytes / per).toFixed(0).padStart(7)}  ${(g.count / per).toFixed(2).padStart(12)}  ${g.group}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const file = files[0];
  const flag = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  if (!file) {
    console.error('usage: npx tsx bench/heap-summary.ts <file.heapsnapshot> [--per n] [--top 30]');
    process.exit(2);
  }
  const later = files[1];
  const summary = later ? diffHeaps(file, later, flag('--top', 30)) : summariseHeap(file, flag('--top', 30));
  console.log(formatHeap(summary, flag('--per', 1)));
}
