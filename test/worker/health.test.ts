import { expect, it } from 'vitest';
import { version } from '../../package.json';
import { call } from './support.ts';

it('answers /health with ok and the package version', async () => {
  const res = await call('/health');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, version });
});

it('refuses POST /health with 405 and the error JSON', async () => {
  const res = await call('/health', { method: 'POST' });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('GET');
  expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
});
