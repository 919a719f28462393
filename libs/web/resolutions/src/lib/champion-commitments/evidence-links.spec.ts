import { evidenceLines, evidenceProblem } from './evidence-links';

describe('evidence links', () => {
  it('reads one link a line, skipping blank lines', () => {
    expect(evidenceLines(' https://a.example/1 \n\nhttp://b.example/2\r\n')).toEqual([
      'https://a.example/1',
      'http://b.example/2',
    ]);
  });

  it('takes only web links, at most ten', () => {
    expect(evidenceProblem([])).toBeNull();
    expect(evidenceProblem(['https://moph.example/report.pdf'])).toBeNull();
    expect(evidenceProblem(['javascript:alert(1)'])).toBe('notLinks');
    expect(evidenceProblem(['moph.example'])).toBe('notLinks');
    expect(evidenceProblem(Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`))).toBe('tooMany');
  });
});
