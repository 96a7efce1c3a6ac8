/** "12:05", "1:02:05", or "+0:42" once overrun: what a room reads on the timer. */
export function formatRemaining(ms: number): string {
  // Counting down, a timer shows 5:00 until a whole second has gone: round up, not down.
  const over = ms < 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return over ? `+${text}` : text;
}
