import {
  affectedGroupsProblem,
  evidenceLinksProblem,
  missingForSubmission,
  safeLink,
  toProposalDraftFields,
  toProposalDraftValue,
} from './proposal-draft';

const value = {
  title: '  Clean air in schools ',
  problem: ' Children breathe smoke. ',
  proposedAction: '',
  expectedEffect: '',
  evidenceLinks: ' https://example.org/a \n\n http://example.org/b',
  affectedGroups: 'Children\r\n Teachers ',
};

describe('toProposalDraftFields', () => {
  it('trims what was typed and splits the lists by line, skipping empty lines', () => {
    expect(toProposalDraftFields(value)).toEqual({
      title: 'Clean air in schools',
      problem: 'Children breathe smoke.',
      proposedAction: '',
      expectedEffect: '',
      evidenceLinks: ['https://example.org/a', 'http://example.org/b'],
      affectedGroups: ['Children', 'Teachers'],
    });
  });

  it('goes back into the form unchanged', () => {
    const fields = toProposalDraftFields(value);
    expect(toProposalDraftFields(toProposalDraftValue(fields))).toEqual(fields);
  });
});

describe('evidenceLinksProblem', () => {
  it('accepts web addresses, one per line', () => {
    expect(evidenceLinksProblem(value.evidenceLinks)).toBeNull();
    expect(evidenceLinksProblem('')).toBeNull();
  });

  it('names the first line that is not a web address', () => {
    expect(evidenceLinksProblem('https://example.org\nexample.org\njavascript:alert(1)')).toEqual({
      kind: 'notALink',
      line: 'example.org',
    });
    expect(evidenceLinksProblem('javascript:alert(1)')).toEqual({
      kind: 'notALink',
      line: 'javascript:alert(1)',
    });
  });

  it('refuses too many links and too long ones', () => {
    const many = Array.from({ length: 21 }, (_, index) => `https://example.org/${index}`).join('\n');
    expect(evidenceLinksProblem(many)).toEqual({ kind: 'tooMany', max: 20 });
    expect(evidenceLinksProblem(`https://example.org/${'a'.repeat(500)}`)?.kind).toBe('tooLong');
  });
});

describe('affectedGroupsProblem', () => {
  it('refuses a group name over 100 characters', () => {
    expect(affectedGroupsProblem('Children')).toBeNull();
    expect(affectedGroupsProblem('x'.repeat(101))?.kind).toBe('tooLong');
  });
});

describe('missingForSubmission', () => {
  it('names the problem and the proposed action when they are blank', () => {
    expect(missingForSubmission(value)).toEqual(['proposedAction']);
    expect(missingForSubmission({ ...value, problem: ' ', proposedAction: 'Filter the air' })).toEqual([
      'problem',
    ]);
  });
});

describe('safeLink', () => {
  it('links web addresses only', () => {
    expect(safeLink(' https://example.org/report ')).toBe('https://example.org/report');
    expect(safeLink('javascript:alert(1)')).toBeNull();
  });
});
