// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { analysisToMarkdown } from '../../extension/sidebar/markdown.ts';
import { renderSidebar } from '../../extension/sidebar/render.ts';
import { sampleAnalysis } from './fixtures.ts';

const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sidebar states', () => {
  test('loading shows the step in words and a progress bar', () => {
    const root = document.createElement('div');
    renderSidebar(root, { status: 'loading', step: 'analysing' }, {});
    const loading = part(root, 'loading');
    expect(loading?.getAttribute('role')).toBe('status');
    expect(loading?.textContent).toContain('Finding the outline');
    const bar = root.querySelector('progress');
    expect([bar?.getAttribute('value'), bar?.getAttribute('max')]).toEqual(['2', '3']);
  });

  test('not an article: says so and offers "Analyse anyway"', () => {
    const onAnalyseAnyway = vi.fn();
    const root = document.createElement('div');
    renderSidebar(root, { status: 'not-article' }, { onAnalyseAnyway }, { locale: 'zh' });
    expect(part(root, 'not-article')?.textContent).toContain('这个页面看起来不是文章');
    part(root, 'analyse-anyway')?.click();
    expect(onAnalyseAnyway).toHaveBeenCalledOnce();
    expect(part(root, 'summary')).toBeNull();
  });

  test('analysed locally: a visible note above the panels, naming the Worker failure', () => {
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis(), local: { code: 'network_error', message: 'Could not reach the Worker' } }, {});
    const parts = [...root.querySelectorAll('.al-body > [data-part]')].map((node) => node.getAttribute('data-part'));
    expect(parts[0]).toBe('local-note');
    expect(part(root, 'local-note')?.textContent).toContain('(network_error)');
  });

  test('term chips are toggle buttons: pressed state follows the host’s answer, one at a time', () => {
    let active: string | null = null;
    const onTermClick = (term: string) => (active = active === term ? null : term) !== null;
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, { onTermClick });
    const [first, second] = [...root.querySelectorAll<HTMLButtonElement>('button.al-chip')];
    first!.click();
    expect([first!.getAttribute('aria-pressed'), second!.getAttribute('aria-pressed')]).toEqual(['true', 'false']);
    second!.click();
    expect([first!.getAttribute('aria-pressed'), second!.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    second!.click();
    expect([first!.getAttribute('aria-pressed'), second!.getAttribute('aria-pressed')]).toEqual(['false', 'false']);
    // A re-render keeps the host's active term pressed.
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, { onTermClick }, { activeTerm: '高质量发展' });
    expect(root.querySelector('button[data-term="高质量发展"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  test('share link: shows the link with copy and delete; deleting clears it', async () => {
    const onCopyLink = vi.fn(async () => true);
    const onDeleteShareLink = vi.fn(async () => true);
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, {
      onCreateShareLink: async () => ({ ok: true, id: 'abc', url: 'http://127.0.0.1:8787/s/abc', expiresAt: '2026-12-31T00:00:00.000Z' }),
      onCopyLink,
      onDeleteShareLink,
    });
    part(root, 'share-link')?.click();
    await settle();
    expect((part(root, 'share-url') as HTMLInputElement | null)?.value).toBe('http://127.0.0.1:8787/s/abc');
    expect(part(root, 'share-result')?.textContent).toContain('2026-12-31');
    part(root, 'copy-link')?.click();
    await settle();
    expect(onCopyLink).toHaveBeenCalledWith('http://127.0.0.1:8787/s/abc');
    expect(part(root, 'share-status')?.textContent).toBe('Link copied');
    part(root, 'delete-link')?.click();
    await settle();
    expect(onDeleteShareLink).toHaveBeenCalledWith('abc');
    expect(part(root, 'share-url')).toBeNull();
    expect(part(root, 'share-status')?.textContent).toBe('The link was deleted.');
  });

  test('share storage unavailable (503): says so and offers the Markdown copy, which copies the analysis', async () => {
    const onCopyMarkdown = vi.fn(async () => true);
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis(), url: 'https://news.example.cn/a/1.html' }, {
      onCreateShareLink: async () => ({ ok: false, code: 'unavailable', message: 'KV is down' }),
      onCopyMarkdown,
    });
    part(root, 'share-link')?.click();
    await settle();
    expect(part(root, 'share-error')?.textContent).toContain('The share service is unavailable');
    part(root, 'share-fallback-copy')?.click();
    await settle();
    expect(onCopyMarkdown).toHaveBeenCalledWith(analysisToMarkdown({ analysis: sampleAnalysis(), url: 'https://news.example.cn/a/1.html' }));
    expect(part(root, 'share-status')?.textContent).toBe('Copied to the clipboard');
  });

  test('other share failures show the Worker’s message', async () => {
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, {
      onCreateShareLink: async () => ({ ok: false, code: 'rate_limited', message: 'Too many shares; wait a minute.' }),
    });
    part(root, 'share-link')?.click();
    await settle();
    expect(part(root, 'share-error')?.textContent).toBe('No link was made: Too many shares; wait a minute.');
    expect(part(root, 'share-fallback-copy')).toBeNull();
  });
});
