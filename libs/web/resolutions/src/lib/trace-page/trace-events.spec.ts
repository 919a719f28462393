import { toTraceStep } from './trace-events';

describe('toTraceStep', () => {
  it('names a version by its number and keeps its change note', () => {
    expect(toTraceStep({ kind: 'VERSION', title: 'Version 2', detail: 'Shorter paragraph 3' })).toEqual({
      labelKey: 'trace.kind.VERSION',
      labelParams: { number: 2 },
      text: 'Shorter paragraph 3',
      status: null,
    });
  });

  it('drops the English figures of a closed consultation', () => {
    const step = toTraceStep({
      kind: 'CONSULTATION_CLOSED',
      title: 'Public consultation',
      detail: 'support 3, oppose 1, abstain 0; 4 comments',
    });
    expect(step.text).toBeNull();
  });

  it('keeps the commitment and reads the status of a progress update', () => {
    const step = toTraceStep({
      kind: 'PROGRESS',
      title: 'Filter classroom air',
      detail: 'ON_GOING: 40 schools',
    });
    expect(step.text).toBe('Filter classroom air');
    expect(step.status).toBe('ON_GOING');
  });

  it('keeps the title of a proposal', () => {
    expect(toTraceStep({ kind: 'PROPOSAL_SUBMITTED', title: 'Clean air in schools' }).text).toBe(
      'Clean air in schools',
    );
  });
});
