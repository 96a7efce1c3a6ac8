// The results as a markdown table: one row per room and document.
import type { Timing } from './timing.js';

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const kb = (bytes: number) => (bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: bytes < 10240 ? 1 : 0 });

export function markdownTable(timings: Timing[], runs: number): string {
  const rows = timings.map(
    (t) => `| ${t.room} | ${t.kind}.${t.format} | ${ms(t.medianMs)} | ${ms(t.maxMs)} | ${ms(t.stallMs)} | ${kb(t.bytes)} |`,
  );
  return [
    `| room | document | median ms (${runs} runs) | max ms | longest event-loop stall ms | size KB |`,
    '|---|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
