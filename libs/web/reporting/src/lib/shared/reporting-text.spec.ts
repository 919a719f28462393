import { localized, positiveNumber } from './reporting-text';
import { downloadFileName, readWithProgress } from './download';

describe('reporting texts', () => {
  it('picks the reader’s language, else English, else the first', () => {
    const texts = [
      { language: 'en', text: 'Mechanisms' },
      { language: 'ar', text: 'الآليات' },
    ];
    expect(localized(texts, 'ar')).toBe('الآليات');
    expect(localized(texts, 'fr')).toBe('Mechanisms');
    expect(localized([{ language: 'es', text: 'Mecanismos' }], 'fr')).toBe('Mecanismos');
    expect(localized([], 'en')).toBe('');
  });

  it('reads version numbers from the address', () => {
    expect(positiveNumber('2')).toBe(2);
    expect(positiveNumber('0')).toBeNull();
    expect(positiveNumber('x')).toBeNull();
    expect(positiveNumber(undefined)).toBeNull();
  });
});

describe('downloads', () => {
  it('reports progress as the bytes arrive, against the announced length', async () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((chunk) => controller.enqueue(chunk));
        controller.close();
      },
    });
    const seen: [number, number | null][] = [];
    const blob = await readWithProgress(body, 5, 'text/csv', (received, total) =>
      seen.push([received, total]),
    );
    expect(seen).toEqual([
      [3, 5],
      [5, 5],
    ]);
    expect(blob.size).toBe(5);
  });

  it('names files after the address they come from', () => {
    expect(downloadFileName('/open-data/reports/2026.csv')).toBe('wha77-2-reports-2026.csv');
    expect(downloadFileName('/open-data/shadow-assessments/2026.csv')).toBe(
      'wha77-2-shadow-assessments-2026.csv',
    );
    expect(downloadFileName('/open-data/reports/2026/THA.json?version=1')).toBe(
      'wha77-2-report-2026-THA-v1.json',
    );
  });
});
