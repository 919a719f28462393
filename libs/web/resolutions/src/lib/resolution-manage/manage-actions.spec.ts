import { filledRows, fromDateTimeLocal, manageActions } from './manage-actions';

describe('the secretariat actions a resolution allows', () => {
  const enabled = (actions: object) =>
    Object.entries(actions)
      .filter(([, allowed]) => allowed)
      .map(([name]) => name);

  it('while drafting: revise, open the consultation, or table it straight away', () => {
    expect(enabled(manageActions('DRAFTING', null))).toEqual(['revise', 'openConsultation', 'table']);
  });

  it('never opens a second consultation', () => {
    expect(manageActions('DRAFTING', { state: 'CLOSED' }).openConsultation).toBe(false);
  });

  it('in consultation: close it, and table it only once the window has run out', () => {
    expect(enabled(manageActions('CONSULTATION', { state: 'OPEN' }))).toEqual(['closeConsultation']);
    expect(enabled(manageActions('CONSULTATION', { state: 'CLOSED' }))).toEqual([
      'closeConsultation',
      'table',
    ]);
  });

  it('tabled: the sitting adopts or defers it', () => {
    expect(enabled(manageActions('TABLED', { state: 'CLOSED' }))).toEqual(['decide']);
  });

  it('adopted: transmit it and add commitments; implementing: close it', () => {
    expect(enabled(manageActions('ADOPTED', null))).toEqual(['transmit', 'addCommitment']);
    expect(enabled(manageActions('TRANSMITTED', null))).toEqual(['addCommitment']);
    expect(enabled(manageActions('IMPLEMENTING', null))).toEqual(['addCommitment', 'close']);
    expect(enabled(manageActions('CLOSED', null))).toEqual([]);
    expect(enabled(manageActions('DEFERRED', null))).toEqual([]);
  });
});

describe('repeatable rows', () => {
  it('leaves out blank rows and flags a row missing a required field', () => {
    const rows = [
      { actor: 'Ministry', action: 'Fund filters', dueOn: '' },
      { actor: ' ', action: '', dueOn: '' },
    ];
    expect(filledRows(rows, ['actor', 'action'])).toEqual({ rows: [rows[0]], incomplete: false });
    expect(filledRows([{ actor: 'Ministry', action: '', dueOn: '' }], ['actor', 'action']).incomplete).toBe(
      true,
    );
  });
});

describe('datetime-local values', () => {
  it('reads the reader’s clock into an ISO instant, and refuses what is not a time', () => {
    expect(fromDateTimeLocal('2027-03-01T09:30')).toBe(new Date('2027-03-01T09:30').toISOString());
    expect(fromDateTimeLocal('')).toBeNull();
  });
});
