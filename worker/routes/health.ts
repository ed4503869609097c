import { Hono } from 'hono';
import { version } from '../../package.json';
import { methodNotAllowed } from '../middleware/method-not-allowed.ts';

/** Liveness and the deployed version, for the extension's settings check and for monitoring. */
export const health = new Hono<{ Bindings: Env }>()
  .get('/', (c) => c.json({ ok: true, version }))
  .all('/', methodNotAllowed('GET'));
