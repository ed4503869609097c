import { localTargetRefusal } from './local-target.ts';

/**
 * Command line of `npm run load` (scripts/load.ts). Every run is bounded: its length, its number of
 * connections and its number of durability shares have ceilings, so a typo cannot turn a load test into
 * a runaway one.
 */

export const LOAD_USAGE = `npm run load -- [options]

Runs the Worker under wrangler dev on 127.0.0.1 (its own free port and throwaway KV), then:
  1. mix:        --seconds at --connections concurrent connections of POST /v1/analyze (the seed and
                 the largest corpus page), POST /v1/shares and GET /v1/shares/:id; 0 errors expected
  2. durability: --shares shares created, read back and compared deep-equal; then wrangler dev is
                 restarted on the same KV directory and every share is read again; 0 lost expected

Options:
  --seconds N       length of the mix (default 60, at most 600)
  --connections N   concurrent connections (default 50, at most 200)
  --shares N        shares in the durability check (default 1000, at most 10000; 0 skips it)
  --no-restart      skip the read-back after restarting wrangler dev
  --page ID         the large page: a corpus page id (default wcxb-dev/2269, see scripts/load/payloads.ts)
  --limiter         measure the rate limiter instead: production limits (no --env load), requests one by
                    one until the first 429; here 429s are the expected outcome, not errors
  --target URL      use an already running Worker instead of starting one (only http://127.0.0.1:PORT)
  --json            print one JSON line on stdout instead of the table (progress stays on stderr)
  --help            this text

Exit code: 0 when nothing failed and nothing was lost; 1 otherwise; 2 for a usage error.`;

export interface LoadOptions {
  seconds: number;
  connections: number;
  shares: number;
  restart: boolean;
  page: string;
  limiter: boolean;
  target: string | undefined;
  json: boolean;
}

export type LoadCommand = { kind: 'run'; options: LoadOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

/** The default large page: the corpus page whose analyze request (built as the CLI builds it) is largest. */
export const DEFAULT_LARGE_PAGE = 'wcxb-dev/2269';

/** Ceilings that keep a run bounded whatever the flags say. */
export const MAX_SECONDS = 600;
export const MAX_CONNECTIONS = 200;
export const MAX_SHARES = 10_000;

const DEFAULTS: LoadOptions = {
  seconds: 60,
  connections: 50,
  shares: 1_000,
  restart: true,
  page: DEFAULT_LARGE_PAGE,
  limiter: false,
  target: undefined,
  json: false,
};

/** A corpus page id: `<set>/<name>`, no path tricks. */
const PAGE_ID = /^[a-z0-9-]+\/[A-Za-z0-9_.-]+$/;

/**
 * Parses `npm run load` arguments (`--name value` or `--name=value`).
 *
 * @example parseLoadArgs(['--seconds', '5', '--connections=4']) // { kind: 'run', options: { seconds: 5, connections: 4, … } }
 */
export function parseLoadArgs(argv: readonly string[]): LoadCommand {
  const options: LoadOptions = { ...DEFAULTS };
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const value = (): string | undefined => {
      index += 1;
      return args[index];
    };
    switch (arg) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--json':
        options.json = true;
        break;
      case '--no-restart':
        options.restart = false;
        break;
      case '--limiter':
        options.limiter = true;
        break;
      case '--seconds':
      case '--connections':
      case '--shares': {
        const raw = value();
        const number = Number(raw);
        const [min, max] = arg === '--seconds' ? [1, MAX_SECONDS] : arg === '--connections' ? [1, MAX_CONNECTIONS] : [0, MAX_SHARES];
        if (raw === undefined || !Number.isInteger(number) || number < min || number > max) {
          return { kind: 'usage-error', message: `${arg} needs a whole number from ${min} to ${max}, got ${raw ?? 'nothing'}` };
        }
        if (arg === '--seconds') options.seconds = number;
        else if (arg === '--connections') options.connections = number;
        else options.shares = number;
        break;
      }
      case '--page': {
        const raw = value();
        if (raw === undefined || !PAGE_ID.test(raw)) return { kind: 'usage-error', message: `--page needs a corpus page id like ${DEFAULT_LARGE_PAGE}, got ${raw ?? 'nothing'}` };
        options.page = raw;
        break;
      }
      case '--target': {
        const raw = value();
        if (raw === undefined) return { kind: 'usage-error', message: '--target needs a URL' };
        const refusal = localTargetRefusal(raw);
        if (refusal) return { kind: 'usage-error', message: refusal };
        options.target = new URL(raw).origin;
        break;
      }
      default:
        return { kind: 'usage-error', message: `unknown argument ${arg}` };
    }
  }
  return { kind: 'run', options };
}
