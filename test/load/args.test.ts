import { describe, expect, it } from 'vitest';
import { DEFAULT_LARGE_PAGE, MAX_CONNECTIONS, MAX_SECONDS, MAX_SHARES, parseLoadArgs } from '../../scripts/load/args.ts';
import { LoadClient } from '../../scripts/load/http-client.ts';
import { localTargetRefusal } from '../../scripts/load/local-target.ts';

/** `npm run load` must stay bounded and local whatever it is given (issue 6 item 5). */
describe('npm run load arguments', () => {
  it('defaults to the issue’s run: 60 s at 50 connections, 1,000 durability shares read again after a restart', () => {
    expect(parseLoadArgs([])).toEqual({
      kind: 'run',
      options: { seconds: 60, connections: 50, shares: 1_000, restart: true, page: DEFAULT_LARGE_PAGE, limiter: false, target: undefined, json: false },
    });
  });

  it('takes quick-run flags in both spellings', () => {
    const command = parseLoadArgs(['--seconds', '5', '--connections=4', '--shares', '0', '--no-restart', '--json']);
    expect(command).toMatchObject({ kind: 'run', options: { seconds: 5, connections: 4, shares: 0, restart: false, json: true } });
  });

  it.each([
    ['--seconds', String(MAX_SECONDS + 1)],
    ['--seconds', '0'],
    ['--seconds', '1.5'],
    ['--connections', String(MAX_CONNECTIONS + 1)],
    ['--connections', 'many'],
    ['--shares', String(MAX_SHARES + 1)],
    ['--shares', '-1'],
  ])('refuses %s %s: every run is bounded', (flag, value) => {
    expect(parseLoadArgs([flag, value]).kind).toBe('usage-error');
  });

  it('refuses a flag without its value and unknown flags', () => {
    expect(parseLoadArgs(['--seconds']).kind).toBe('usage-error');
    expect(parseLoadArgs(['--forever']).kind).toBe('usage-error');
    expect(parseLoadArgs(['--page', '../../etc/passwd']).kind).toBe('usage-error');
  });
});

describe('load goes only to 127.0.0.1', () => {
  it('accepts a local wrangler dev and keeps only its origin', () => {
    expect(localTargetRefusal('http://127.0.0.1:8791')).toBeNull();
    expect(parseLoadArgs(['--target', 'http://127.0.0.1:8791/v1/analyze'])).toMatchObject({ kind: 'run', options: { target: 'http://127.0.0.1:8791' } });
  });

  it.each([
    'https://article-lens.example.workers.dev',
    'http://localhost:8787',
    'http://127.0.0.2:8787',
    'http://[::1]:8787',
    'https://127.0.0.1:8787',
    'http://user:pass@127.0.0.1:8787',
    'http://127.0.0.1.nip.io:8787',
    'not a url',
  ])('refuses %s', (target) => {
    expect(localTargetRefusal(target)).toMatch(/^refusing /);
    expect(parseLoadArgs(['--target', target]).kind).toBe('usage-error');
    // The client refuses it too, whatever the command line let through.
    expect(() => new LoadClient(target, 1)).toThrow(/refusing/);
  });
});
