// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { renderSidebar } from '../../extension/sidebar/render.ts';
import { POISON, sampleAnalysis } from './fixtures.ts';

const part = (root: HTMLElement, name: string) => root.querySelector(`[data-part="${name}"]`);
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);

describe('renderSidebar', () => {
  test('ready: summary first, then outline, speakers, terms and share', () => {
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, { onCopyMarkdown: async () => true });
    const parts = [...root.querySelectorAll('.al-body > [data-part]')].map((node) => node.getAttribute('data-part'));
    expect(parts).toEqual(['summary', 'outline', 'speakers', 'terms', 'share']);
    expect(texts(root, '.al-outline-title')).toEqual(['高质量发展贯穿新型工业化全过程', '汇聚起推进新型工业化的强大力量']);
    expect(texts(root, '[data-speaker-kind="person"] .al-speaker-name')).toEqual(['汪凤英', '李岩']);
    expect(texts(root, '[data-speaker-kind="organisation"] .al-speaker-name')).toEqual(['青海省科学技术厅']);
    expect(part(root, 'speakers')?.textContent).toContain('处长 · 青海省工业和信息化厅信息发展处');
    expect(texts(root, '.al-chip')).toEqual(['新型工业化', '高质量发展']);
    expect(root.querySelector('h1')?.textContent).toBe('加快推进新型工业化进程');
  });

  test('callbacks receive block ids and offsets; missing callbacks leave no dead controls', () => {
    const onOutlineClick = vi.fn();
    const onQuoteClick = vi.fn();
    const onClose = vi.fn();
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, { onOutlineClick, onQuoteClick, onClose });
    root.querySelectorAll<HTMLButtonElement>('button.al-outline-item')[1]!.click();
    root.querySelector<HTMLButtonElement>('button.al-quote')!.click();
    root.querySelector<HTMLButtonElement>('button.al-close')!.click();
    expect(onOutlineClick).toHaveBeenCalledWith('b7');
    expect(onQuoteClick).toHaveBeenCalledWith('b4', 3, 21);
    expect(onClose).toHaveBeenCalledOnce();
    // No onCopyMarkdown, onTermClick: no share panel, chips are not buttons.
    expect(part(root, 'share')).toBeNull();
    expect(root.querySelector('button.al-chip')).toBeNull();

    const bare = document.createElement('div');
    renderSidebar(bare, { status: 'ready', analysis: sampleAnalysis() }, {});
    expect(bare.querySelector('button')).toBeNull();
  });

  test('page text is shown as text, never parsed as HTML', () => {
    const root = document.createElement('div');
    const analysis = sampleAnalysis({ title: POISON });
    analysis.speakers[0]!.quotes[0]!.text = POISON;
    analysis.outline[0]!.title = POISON;
    renderSidebar(root, { status: 'ready', analysis }, {});
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe(POISON);
    expect(root.querySelector('.al-outline-title')?.textContent).toBe(POISON);
  });

  test('loading and error states; error offers a retry', () => {
    const root = document.createElement('div');
    renderSidebar(root, { status: 'loading' }, {});
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Reading the page');

    const onRetry = vi.fn();
    renderSidebar(root, { status: 'error', code: 'network_error', message: 'Could not reach the Worker.' }, { onRetry });
    expect(root.getAttribute('aria-busy')).toBe('false');
    expect(part(root, 'error')?.textContent).toContain('Could not reach the Worker.');
    expect(part(root, 'error')?.textContent).toContain('network_error');
    root.querySelector<HTMLButtonElement>('[data-part="error"] button')!.click();
    expect(onRetry).toHaveBeenCalledOnce();
    expect(part(root, 'outline')).toBeNull();
  });

  test('Chinese interface labels', () => {
    const root = document.createElement('div');
    renderSidebar(root, { status: 'ready', analysis: sampleAnalysis() }, {}, { locale: 'zh' });
    expect(texts(root, '.al-panel-title')).toEqual(['摘要', '提纲', '谁说了什么', '关键词']);
  });
});
