import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/pipeline.ts';
import type { AnalyzeRequest, AnalyzeResponse } from '../../shared/schema/index.ts';
import { seedRequest } from './seed-blocks.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/analysis');

/** Every request we have: the seed (both ways) and every golden fixture. */
function requests(): Array<[string, AnalyzeRequest]> {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .map((name): [string, AnalyzeRequest] => [name, (JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as { request: AnalyzeRequest }).request]);
  return [['seed', seedRequest()], ['seed without breadcrumb', seedRequest({ breadcrumb: false })], ...fixtures];
}

function quotesOf(response: AnalyzeResponse) {
  return [...response.speakers.flatMap((speaker) => speaker.quotes), ...response.orgSpeakers.flatMap((org) => org.quotes)];
}

describe('positions, not copies: every quote\'s [start, end) slices its block text', () => {
  it.each(requests())('%s', (_name, request) => {
    const response = analyze(request);
    const texts = new Map(request.blocks.map((block) => [block.id, block.text]));
    const quotes = quotesOf(response);
    for (const quote of quotes) {
      const text = texts.get(quote.blockId);
      expect(text, `block ${quote.blockId}`).toBeDefined();
      expect(quote.start).toBeLessThan(quote.end);
      expect(text?.slice(quote.start, quote.end)).toBe(quote.text);
    }
    for (const sentence of response.summary) expect(texts.get(sentence.blockId)).toContain(sentence.text);
    for (const item of response.outline) expect(texts.has(item.blockId)).toBe(true);
  });
});
