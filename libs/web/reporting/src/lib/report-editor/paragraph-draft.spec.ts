import { draftProblems, paragraphDraft, paragraphInput } from './paragraph-draft';

describe('paragraph drafts', () => {
  const link = {
    kind: 'LINK' as const,
    description: 'Minutes',
    date: '2026-03-01',
    url: 'https://example.org/m',
    fileId: null,
    fileName: null,
    assemblyId: null,
  };

  it('starts a paragraph not yet assessed as not started, with nothing in it', () => {
    expect(paragraphDraft(null)).toEqual({
      status: 'NOT_STARTED',
      narrative: '',
      evidence: [],
      values: [],
      revision: 0,
    });
  });

  it('asks for evidence past not started, and for figures that are numbers', () => {
    expect(
      draftProblems({ status: 'IN_PROGRESS', narrative: '', evidence: [], values: [], revision: 0 }),
    ).toEqual(['reporting.editor.problems.evidence']);
    expect(
      draftProblems({ status: 'NOT_APPLICABLE', narrative: '', evidence: [link], values: [], revision: 0 }),
    ).toEqual([]);
    expect(
      draftProblems({
        status: 'NOT_STARTED',
        narrative: '',
        evidence: [],
        values: [{ indicator: 'SDG-16.7.2', year: '25', value: 'x', dimension: '', group: '' }],
        revision: 0,
      }),
    ).toEqual(['reporting.editor.problems.values']);
  });

  it('turns the draft into what the API takes', () => {
    const input = paragraphInput('r1', 'i1', {
      status: 'ACHIEVED',
      narrative: 'Done',
      evidence: [link],
      values: [
        { indicator: 'SDG-16.7.2', year: '2025', value: '41.5', dimension: '', group: '' },
        { indicator: 'SDG-16.7.2', year: '2025', value: '39.8', dimension: 'sex', group: ' female ' },
      ],
      revision: 3,
    });
    expect(input.expectedRevision).toBe(3);
    expect(input.evidence).toEqual([
      {
        kind: 'LINK',
        description: 'Minutes',
        date: '2026-03-01',
        url: 'https://example.org/m',
        fileId: null,
        assemblyId: null,
      },
    ]);
    expect(input.indicatorValues).toEqual([
      { indicator: 'SDG-16.7.2', year: 2025, value: 41.5, breakdown: [] },
      {
        indicator: 'SDG-16.7.2',
        year: 2025,
        value: 39.8,
        breakdown: [{ dimension: 'sex', group: 'female' }],
      },
    ]);
  });
});
