import { Hono } from 'hono';
import { handleError, handleNotFound } from './handle-errors.ts';
import { extensionCors } from './middleware/extension-cors.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { analyze } from './routes/analyze.ts';
import { health } from './routes/health.ts';
import { pages } from './routes/pages.ts';
import { sharePages } from './routes/share-page.ts';
import { shares } from './routes/shares.ts';

/**
 * The Article Lens Worker: one sub-app per resource, one error mapper. Static files (/app.js,
 * /app.css for the paste page) are Workers static assets from dist/web, served before this app runs.
 */
const app = new Hono<{ Bindings: Env }>();

// Headers first, so that every response — errors and 404s included — carries them.
app.use(securityHeaders());
app.use('/v1/*', extensionCors());
app.use('/health', extensionCors());

app.route('/', pages);
app.route('/health', health);
app.route('/v1/analyze', analyze);
app.route('/v1/shares', shares);
app.route('/s', sharePages);

app.notFound(handleNotFound);
app.onError(handleError);

export default app;
