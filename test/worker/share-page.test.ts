import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { createShare, expectError, postShare, seedAnalysis, SEED_URL } from './shares-support.ts';
import { call } from './support.ts';

/** The policy every Worker HTML page is served with: only our own files, nothing inline, no framing. */
const EXPECTED_CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

const POISON = {
  attribute: '"><script>alert(1)</script>',
  scriptClose: '</script><script>alert(2)</script>',
  image: '<img src=x onerror=alert(3)>',
};

function directivesOf(csp: string | null): string[] {
  return (csp ?? '').split(';').map((directive) => directive.trim()).filter(Boolean);
}

function expectSecurityHeaders(res: Response): void {
  expect(directivesOf(res.headers.get('content-security-policy')).sort()).toEqual([...EXPECTED_CSP_DIRECTIVES].sort());
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

/** The text of every element carrying `data-part="<part>"` (tags inside stripped, entities decoded). */
function partTexts(page: string, part: string): string[] {
  const texts: string[] = [];
  for (const match of page.matchAll(new RegExp(`<(\\w+)[^>]*data-part="${part}"[^>]*>([\\s\\S]*?)</\\1>`, 'g'))) {
    texts.push(decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, '')).trim());
  }
  return texts;
}

/** The `content` of a `<meta property|name="…">`, decoded. */
function metaContent(page: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(page);
  return match ? decodeEntities(match[1] ?? '') : undefined;
}

/** The `href` of every `<a>`, decoded. */
function linkHrefs(page: string): string[] {
  return [...page.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

async function sharePageFor(analysis: AnalyzeResponse, url = SEED_URL): Promise<{ res: Response; page: string; shareUrl: string }> {
  const share = await createShare(analysis, url);
  const res = await call(new URL(share.url).pathname);
  return { res, page: await res.text(), shareUrl: share.url };
}

function englishAnalysis(): AnalyzeResponse {
  return {
    lang: 'en',
    title: 'Council approves the riverside plan',
    meta: { source: 'The Example Times', publishedAt: '2025-05-04T09:30:00Z', authors: ['Jane Roe'], editor: null },
    summary: [
      { text: 'The city council approved a long-debated riverside plan on Tuesday. It passed 7-2.', blockId: 'p1' },
      { text: 'Work starts in the autumn.', blockId: 'p4' },
    ],
    outline: [{ title: 'Costs, delays & the vote', level: 2, kind: 'heading', blockId: 'h1', gist: 'The vote was 7-2.' }],
    speakers: [
      {
        name: 'Maria Lopez',
        aliases: ['Lopez'],
        role: 'mayor',
        org: null,
        quotes: [{ text: 'This is a good day for the river, and for everyone who lives along it - finally.', blockId: 'p2', start: 1, end: 80, direct: true }],
      },
    ],
    orgSpeakers: [],
    terms: [{ term: 'riverside plan', score: 0.8, count: 4 }],
    stats: { chars: 1200, sentences: 20, ms: 3 },
  };
}

describe('GET /s/:id', () => {
  it('serves HTML with the strict CSP and security headers', async () => {
    const { res } = await sharePageFor(seedAnalysis());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(res);
  });

  it('lists the same title, summary, outline titles and gists, speakers, quotes and terms as the analysis', async () => {
    const analysis = seedAnalysis();
    const { page } = await sharePageFor(analysis);
    expect(partTexts(page, 'title')).toEqual([analysis.title]);
    expect(partTexts(page, 'byline')).toEqual(['青海日报 · 2023-09-26 · 王玉娇']);
    for (const sentence of analysis.summary) expect(page).toContain(sentence.text);
    const outlineItems = partTexts(page, 'outline-item');
    expect(outlineItems).toHaveLength(analysis.outline.length);
    analysis.outline.forEach((item, index) => {
      expect(outlineItems[index]).toContain(item.title);
      expect(outlineItems[index]).toContain(item.gist);
    });
    expect(partTexts(page, 'speaker-name')).toEqual([...analysis.speakers.map((speaker) => speaker.name), ...analysis.orgSpeakers.map((org) => org.name)]);
    expect(page).toContain('处长 · 青海省工业和信息化厅信息发展处');
    expect(partTexts(page, 'quote')).toEqual([...analysis.speakers, ...analysis.orgSpeakers].flatMap((speaker) => speaker.quotes.map((quote) => quote.text)));
    expect(partTexts(page, 'term')).toEqual(analysis.terms.map((term) => term.term));
  });

  it('links each outline item and each quote to the article at that text (a text fragment)', async () => {
    const analysis = seedAnalysis();
    const { page } = await sharePageFor(analysis);
    const hrefs = linkHrefs(page);
    expect(hrefs).toContain(SEED_URL);
    for (const item of analysis.outline) expect(hrefs).toContain(`${SEED_URL}#:~:text=${encodeURIComponent(item.title)}`);
    // The 52-character quote is cut at a word boundary to a short start.
    const longQuote = analysis.speakers[0]?.quotes[0]?.text ?? '';
    const quoteLink = hrefs.find((href) => href.startsWith(`${SEED_URL}#:~:text=${encodeURIComponent(longQuote.slice(0, 10))}`));
    expect(quoteLink).toBeDefined();
    const start = decodeURIComponent(quoteLink?.split('#:~:text=')[1] ?? '');
    expect(start.length).toBeLessThanOrEqual(48);
    expect(longQuote.startsWith(start)).toBe(true);
    const shortQuote = analysis.speakers[1]?.quotes[0]?.text ?? '';
    expect(hrefs).toContain(`${SEED_URL}#:~:text=${encodeURIComponent(shortQuote)}`);
  });

  it('encodes "-", "," and "&" in text fragments, as the text directive syntax requires', async () => {
    const { page } = await sharePageFor(englishAnalysis(), 'https://news.example.com/story?id=7&lang=en#comments');
    const hrefs = linkHrefs(page);
    expect(hrefs).toContain('https://news.example.com/story?id=7&lang=en#:~:text=Costs%2C%20delays%20%26%20the%20vote');
    const quoteLink = hrefs.find((href) => href.includes('#:~:text=This%20is'));
    // Cut on a word boundary, never inside "river" or "everyone".
    expect(quoteLink).toBe('https://news.example.com/story?id=7&lang=en#:~:text=This%20is%20a%20good%20day%20for%20the%20river%2C%20and%20for');
  });

  it('has Open Graph and Twitter meta for link previews', async () => {
    const analysis = seedAnalysis();
    const { page, shareUrl } = await sharePageFor(analysis);
    expect(metaContent(page, 'og:title')).toBe(analysis.title);
    expect(metaContent(page, 'og:description')).toBe(analysis.summary[0]?.text);
    expect(metaContent(page, 'og:type')).toBe('article');
    expect(metaContent(page, 'og:url')).toBe(shareUrl);
    expect(metaContent(page, 'twitter:card')).toBe('summary');
    expect(metaContent(page, 'twitter:title')).toBe(analysis.title);
    expect(page).toContain(`<title>${analysis.title} · Article Lens</title>`);
  });

  it('takes <html lang> and its headings from the analysis language', async () => {
    const chinese = await sharePageFor(seedAnalysis());
    expect(chinese.page).toMatch(/<html lang="zh">/);
    expect(chinese.page).toContain('>提纲</h2>');
    expect(chinese.page).toContain('>发言人</h2>');
    const english = await sharePageFor(englishAnalysis());
    expect(english.page).toMatch(/<html lang="en">/);
    expect(english.page).toContain('>Outline</h2>');
    expect(english.page).toContain('mayor · 1 statement');
    expect(partTexts(english.page, 'byline')).toEqual(['The Example Times · 2025-05-04 · Jane Roe']);
  });

  it('loads only /share-page.css: no script, no inline style or event handler', async () => {
    const { page } = await sharePageFor(seedAnalysis());
    expect(page).toContain('<link rel="stylesheet" href="/share-page.css">');
    expect(page).not.toMatch(/<script\b|<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('omits sections the analysis has nothing for', async () => {
    const empty = { ...englishAnalysis(), speakers: [], terms: [] };
    const { page } = await sharePageFor(empty);
    expect(page).toContain('data-part="outline"');
    expect(page).not.toContain('data-part="speakers"');
    expect(page).not.toContain('data-part="terms"');
  });

  it('answers an HTML 404 with the same security headers for an unknown or malformed id', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'nope', '%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E']) {
      const res = await call(`/s/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(res);
      const page = await res.text();
      expect(page).toContain('Share not found');
      expect(page).not.toMatch(/<script/i);
    }
  });

  it('refuses POST with 405', async () => {
    const res = await call('/s/AAAAAAAAAAAAAAAAAAAAAA', { method: 'POST' });
    expect(res.headers.get('allow')).toBe('GET');
    await expectError(res, 405, 'method_not_allowed');
  });

  it('serves /share-page.css as a static asset, with light and dark styles', async () => {
    const res = await env.ASSETS.fetch('http://lens.test/share-page.css');
    expect(res.status, 'dist/web/share-page.css is missing: run `npm run build:web` first').toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/css/);
    const css = await res.text();
    expect(css).toContain('.speaker');
    expect(css).toContain('prefers-color-scheme:dark');
  });
});

describe('GET /s/:id with poisoned content', () => {
  function poisonedAnalysis(): AnalyzeResponse {
    const analysis = seedAnalysis();
    const quote = (text: string) => ({ text, blockId: 'b1', start: 0, end: text.length, direct: true });
    return {
      ...analysis,
      lang: `en${POISON.attribute}`,
      title: `Title ${POISON.attribute} ${POISON.scriptClose}`,
      meta: { source: POISON.image, publishedAt: POISON.scriptClose, authors: [POISON.attribute], editor: null },
      summary: [{ text: `Summary ${POISON.attribute}`, blockId: 'b1' }],
      outline: [{ title: `Heading ${POISON.image}`, level: 2, kind: 'heading', blockId: 'b1', gist: `Gist ${POISON.scriptClose}` }],
      speakers: [{ name: `Name ${POISON.attribute}`, aliases: [], role: POISON.image, org: POISON.scriptClose, quotes: [quote(`Quote ${POISON.scriptClose}`), quote(POISON.image)] }],
      orgSpeakers: [{ name: POISON.image, quotes: [quote(POISON.attribute)] }],
      terms: [{ term: POISON.attribute, score: 1, count: 1 }, { term: POISON.image, score: 1, count: 1 }],
    };
  }

  it('shows every poisoned string as text: escaped, and no tag of its own anywhere', async () => {
    const poisonedUrl = `https://example.com/a?q=${POISON.attribute}`;
    const { res, page } = await sharePageFor(poisonedAnalysis(), poisonedUrl);
    expect(res.status).toBe(200);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    // Every tag in the page is ours: none carries an event handler.
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
    for (const raw of Object.values(POISON)) expect(page).not.toContain(raw);
    expect(page).toContain('Title &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(3)&gt;');
    // What a reader sees is the original text.
    expect(partTexts(page, 'title')).toEqual([`Title ${POISON.attribute} ${POISON.scriptClose}`]);
    expect(partTexts(page, 'speaker-name')).toEqual([`Name ${POISON.attribute}`, POISON.image]);
    expect(partTexts(page, 'term')).toEqual([POISON.attribute, POISON.image]);
    expect(metaContent(page, 'og:title')).toBe(`Title ${POISON.attribute} ${POISON.scriptClose}`);
    // A language tag that is not one becomes "und" rather than an attribute break-out.
    expect(page).toMatch(/<html lang="und">/);
  });

  it('keeps links on the article’s own http(s) URL, with the poison percent-encoded', async () => {
    const poisonedUrl = `https://example.com/a?q=${POISON.attribute}`;
    const { page } = await sharePageFor(poisonedAnalysis(), poisonedUrl);
    const hrefs = linkHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      if (href === '/') continue;
      expect(href.startsWith('https://example.com/a?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E')).toBe(true);
      expect(href).not.toMatch(/[<>"\s]/);
    }
  });

  it('refuses a javascript: article URL at create time, so it never becomes a link', async () => {
    const res = await postShare(JSON.stringify({ url: 'javascript:alert(1)', analysis: seedAnalysis() }));
    const message = await expectError(res, 400, 'validation_failed');
    expect(message).toMatch(/^url: /);
  });

  it('answers the HTML 404 for a stored record whose URL is javascript: (validated on read)', async () => {
    const share = await createShare();
    const record = JSON.parse((await env.SHARES.get(`share:${share.id}`, 'text')) ?? '{}') as Record<string, unknown>;
    await env.SHARES.put(`share:${share.id}`, JSON.stringify({ ...record, url: 'javascript:alert(1)' }));
    const res = await call(`/s/${share.id}`);
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).not.toContain('javascript:');
    expect(page).toContain('Share not found');
  });
});
