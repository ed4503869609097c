import { describe, expect, test } from 'vitest';
import { normalizeWorkerUrl, originPatternFor } from '../../extension/worker-url.ts';

describe('Worker URL setting', () => {
  test('normalises away spaces, trailing slashes and queries', () => {
    expect(normalizeWorkerUrl(' https://lens.example.workers.dev/?x=1 ')).toBe('https://lens.example.workers.dev');
    expect(normalizeWorkerUrl('file:///etc/passwd')).toBeNull();
  });

  test('the local Worker on any port needs no extra permission; other hosts ask for their origin', () => {
    expect(originPatternFor('http://127.0.0.1:8787')).toBeNull();
    expect(originPatternFor('http://127.0.0.1:40123')).toBeNull();
    expect(originPatternFor('https://lens.example.workers.dev')).toBe('https://lens.example.workers.dev/*');
    expect(originPatternFor('http://localhost:8787')).toBe('http://localhost/*');
  });
});
