import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response, HTML or JSON (an error page is HTML-adjacent too).
 * The CSP allows only our own script and stylesheet (/app.js, /app.css — no inline code, so an
 * article's text can never become script), our own API for fetch, and data: images; no framing,
 * no <base>, no form posts (the paste page submits with fetch).
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
  });
