// Command-line options: their defaults, parsing and the usage message.

export type Target = 'mesa' | 'floor' | 'hocuspocus';
export const TARGETS: readonly Target[] = ['mesa', 'floor', 'hocuspocus'];

export interface Options {
  clients: number[];
  seconds: number;
  rate: number;
  probes: number;
  targets: Target[];
  batch: number;
  settle: number;
  warmup: number;
  sync: 'FULL' | 'NORMAL';
  snapshot: boolean;
  /** Sinks that stop reading (socket paused) once everyone is connected: slow phones in the room. */
  slow: number;
  profile: boolean;
  heap: boolean;
  pin: boolean;
  out: string | null;
  repeat: number;
  /** A run during which other processes used more than this % of either CPU is discarded and run again. */
  maxOther: number;
  attempts: number;
  /** Nice value for the server and the generator (negative needs root); null leaves it. */
  nice: number | null;
}

export function usage(message: string): never {
  console.error(`bench/fanout.ts: ${message}`);
  console.error(
    'usage: npm run bench -- [--clients 100,1000,2000] [--seconds 15] [--rate 10] [--probes 20] [--targets floor,mesa,hocuspocus]\n' +
      '                        [--repeat 2] [--max-other 15] [--attempts 4] [--nice -10] [--batch 100] [--settle 3] [--warmup 1] [--sync FULL|NORMAL] [--snapshot] [--slow 0] [--profile] [--heap] [--no-pin] [--out file]',
  );
  process.exit(2);
}

export function parseOptions(argv: string[]): Options {
  const o: Options = {
    clients: [100, 1000, 2000],
    seconds: 15,
    rate: 10,
    probes: 20,
    targets: ['floor', 'mesa'],
    batch: 100,
    settle: 3,
    warmup: 1,
    sync: 'FULL',
    snapshot: false,
    slow: 0,
    profile: false,
    heap: false,
    pin: true,
    out: null,
    repeat: 2,
    maxOther: 15,
    attempts: 4,
    nice: null,
  };
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min) usage(`${name} needs a number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--clients':
        o.clients = (value() ?? '').split(',').map((s) => num('--clients', s.trim(), 2));
        break;
      case '--seconds':
        o.seconds = num(flag, value(), 1);
        break;
      case '--rate':
        o.rate = num(flag, value(), 0.1);
        break;
      case '--probes':
        o.probes = Math.floor(num(flag, value(), 1));
        break;
      case '--targets': {
        const t = (value() ?? '').split(',').map((s) => s.trim());
        if (t.length === 0 || t.some((x) => !TARGETS.includes(x as Target))) usage(`--targets is a list of ${TARGETS.join(',')}`);
        o.targets = t as Target[];
        break;
      }
      case '--repeat':
        o.repeat = Math.floor(num(flag, value(), 1));
        break;
      case '--max-other':
        o.maxOther = num(flag, value(), 0);
        break;
      case '--nice': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < -20 || v > 19) usage('--nice needs a whole number from -20 to 19');
        o.nice = v;
        break;
      }
      case '--attempts':
        o.attempts = Math.floor(num(flag, value(), 1));
        break;
      case '--batch':
        o.batch = Math.floor(num(flag, value(), 1));
        break;
      case '--settle':
        o.settle = num(flag, value(), 0);
        break;
      case '--warmup':
        o.warmup = num(flag, value(), 0);
        break;
      case '--sync': {
        const s = (value() ?? '').toUpperCase();
        if (s !== 'FULL' && s !== 'NORMAL') usage('--sync is FULL or NORMAL');
        o.sync = s;
        break;
      }
      case '--slow':
        o.slow = Math.floor(num(flag, value(), 0));
        break;
      case '--snapshot':
        o.snapshot = true;
        break;
      case '--profile':
        o.profile = true;
        break;
      case '--heap':
        o.heap = true;
        break;
      case '--no-pin':
        o.pin = false;
        break;
      case '--out':
        o.out = value() ?? usage('--out needs a file');
        break;
      case '--help':
      case '-h':
        usage('help');
        break;
      default:
        usage(`unknown argument ${arg}`);
    }
  }
  return o;
}
