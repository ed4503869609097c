import { Hono } from 'hono';
import { version } from '../../package.json';
import { methodNotAllowed } from '../middleware/method-not-allowed.ts';
import { pastePage } from '../views/paste-page.ts';

/** The Worker's own HTML pages. `/` is the paste page; its script and styles are static assets. */
export const pages = new Hono<{ Bindings: Env }>()
  .get('/', (c) => c.html(pastePage({ version })))
  .all('/', methodNotAllowed('GET'));
