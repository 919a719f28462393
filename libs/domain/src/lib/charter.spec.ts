import {
  attendanceProblem,
  CharterEvent,
  charterEvents,
  CharterSectionKind,
  CharterState,
  charterTextProblems,
  charterTransition,
  compareClauses,
  IndicatorDirection,
  IndicatorFrequency,
  indicatorTrend,
  isCharterSignable,
  isCharterTextEditable,
  isOnOrBefore,
  wasCharterAdopted,
} from './charter';
import { OrganizationSector } from './organization';
import { ParagraphChange } from './resolution';

describe('charter life cycle', () => {
  it('moves an edition from initiation to supersession, one step at a time', () => {
    const path: [CharterState, CharterEvent, CharterState][] = [
      [CharterState.INITIATED, CharterEvent.START_DRAFTING, CharterState.DRAFTING],
      [CharterState.DRAFTING, CharterEvent.OPEN_HEARING, CharterState.PUBLIC_HEARING],
      [CharterState.PUBLIC_HEARING, CharterEvent.ADOPT, CharterState.ADOPTED],
      [CharterState.ADOPTED, CharterEvent.BRING_INTO_FORCE, CharterState.IN_FORCE],
      [CharterState.IN_FORCE, CharterEvent.START_REVIEW, CharterState.UNDER_REVIEW],
      [CharterState.UNDER_REVIEW, CharterEvent.SUPERSEDE, CharterState.SUPERSEDED],
    ];
    for (const [from, event, to] of path) expect(charterTransition(from, event)).toBe(to);
  });

  it('refuses every other move', () => {
    let allowed = 0;
    for (const state of Object.values(CharterState)) {
      for (const event of Object.values(CharterEvent)) {
        if (charterTransition(state, event)) allowed++;
      }
    }
    expect(allowed).toBe(6);
    expect(charterTransition(CharterState.DRAFTING, CharterEvent.ADOPT)).toBeNull();
    expect(charterTransition(CharterState.SUPERSEDED, CharterEvent.START_REVIEW)).toBeNull();
  });

  it('offers the committee the next step, never the supersession it does not take itself', () => {
    expect(charterEvents(CharterState.INITIATED)).toEqual([CharterEvent.START_DRAFTING]);
    expect(charterEvents(CharterState.IN_FORCE)).toEqual([CharterEvent.START_REVIEW]);
    expect(charterEvents(CharterState.UNDER_REVIEW)).toEqual([]);
    expect(charterEvents(CharterState.SUPERSEDED)).toEqual([]);
  });

  it('lets the text change only while drafting, and signatures only on adopted editions', () => {
    expect(Object.values(CharterState).filter(isCharterTextEditable)).toEqual([CharterState.DRAFTING]);
    expect(Object.values(CharterState).filter(isCharterSignable)).toEqual([
      CharterState.ADOPTED,
      CharterState.IN_FORCE,
      CharterState.UNDER_REVIEW,
    ]);
    expect(wasCharterAdopted(CharterState.SUPERSEDED)).toBe(true);
    expect(wasCharterAdopted(CharterState.PUBLIC_HEARING)).toBe(false);
  });
});

describe('charter text', () => {
  const clause = { text: 'Every household keeps a vegetable garden.' };

  it('accepts definitions first, then provisions', () => {
    expect(
      charterTextProblems([
        { kind: CharterSectionKind.DEFINITIONS, title: 'Definitions', clauses: [clause] },
        { kind: CharterSectionKind.PROVISIONS, title: 'Food', clauses: [clause, clause] },
      ]),
    ).toEqual([]);
  });

  it('names every field at fault', () => {
    expect(
      charterTextProblems([
        { kind: CharterSectionKind.PROVISIONS, title: 'Food', clauses: [{ text: '  ' }] },
        { kind: CharterSectionKind.DEFINITIONS, title: '', clauses: [] },
        {
          kind: CharterSectionKind.PROVISIONS,
          title: 'Water',
          clauses: [
            {
              text: 'x'.repeat(4_001),
              responsible: [{ name: ' ' }],
              indicator: {
                name: '',
                target: Number.NaN,
                unit: '%',
                frequency: IndicatorFrequency.YEARLY,
                direction: IndicatorDirection.AT_LEAST,
              },
            },
          ],
        },
      ]).map((problem) => problem.field),
    ).toEqual([
      'sections.0.clauses.0.text',
      'sections.1.kind',
      'sections.1.title',
      'sections.1.clauses',
      'sections.2.clauses.0.text',
      'sections.2.clauses.0.responsible.0.name',
      'sections.2.clauses.0.indicator.name',
      'sections.2.clauses.0.indicator.target',
    ]);
  });

  it('bounds the size of a charter', () => {
    const sections = Array.from({ length: 41 }, () => ({
      kind: CharterSectionKind.PROVISIONS,
      title: 'Section',
      clauses: Array.from({ length: 8 }, () => clause),
    }));
    expect(charterTextProblems(sections).map((problem) => problem.message)).toEqual([
      'must be at most 40',
      'must hold at most 300 clauses',
    ]);
  });
});

describe('adoption forum', () => {
  it('needs whole, distinct, non-negative counts and someone present', () => {
    const row = (sector: OrganizationSector, count: number) => ({ sector, count });
    expect(attendanceProblem([row(OrganizationSector.CIVIL_SOCIETY, 40)])).toBeNull();
    expect(attendanceProblem([row(OrganizationSector.CIVIL_SOCIETY, 0)])).toBe('must record who attended');
    expect(attendanceProblem([row(OrganizationSector.GOVERNMENT, -1)])).toMatch(/not negative/);
    expect(attendanceProblem([row(OrganizationSector.GOVERNMENT, 1.5)])).toMatch(/whole/);
    expect(
      attendanceProblem([row(OrganizationSector.GOVERNMENT, 1), row(OrganizationSector.GOVERNMENT, 2)]),
    ).toBe('must name each sector once');
  });

  it('compares calendar dates in UTC', () => {
    const now = new Date('2026-11-23T23:30:00Z');
    expect(isOnOrBefore('2026-11-23', now)).toBe(true);
    expect(isOnOrBefore('2026-11-24', now)).toBe(false);
  });
});

describe('comparing editions', () => {
  const a = { lineageId: 'a', text: 'Definitions' };
  const b = { lineageId: 'b', text: 'No banned pesticides' };
  const c = { lineageId: 'c', text: 'Gardens' };
  const d = { lineageId: 'd', text: 'Water tests' };

  it('matches clauses by lineage, however reworded', () => {
    const rows = compareClauses([a, b, c], [a, { ...b, text: 'No banned pesticides in markets' }, d]);
    expect(rows.map((row) => [row.change, row.lineageId, row.beforeNumber, row.afterNumber])).toEqual([
      [ParagraphChange.UNCHANGED, 'a', 1, 1],
      [ParagraphChange.CHANGED, 'b', 2, 2],
      [ParagraphChange.REMOVED, 'c', 3, null],
      [ParagraphChange.ADDED, 'd', null, 3],
    ]);
  });

  it('lists a moved clause once, where it now stands', () => {
    const rows = compareClauses([a, b, c], [c, a]);
    expect(rows.map((row) => [row.change, row.lineageId, row.beforeNumber, row.afterNumber])).toEqual([
      [ParagraphChange.REMOVED, 'b', 2, null],
      [ParagraphChange.UNCHANGED, 'c', 3, 1],
      [ParagraphChange.UNCHANGED, 'a', 1, 2],
    ]);
    expect(compareClauses([], [a]).map((row) => row.change)).toEqual([ParagraphChange.ADDED]);
    expect(compareClauses([a], []).map((row) => row.change)).toEqual([ParagraphChange.REMOVED]);
  });
});

describe('indicator trend', () => {
  const at = (periodEnd: string, value: number, minute: number) => ({
    periodEnd,
    value,
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  });

  it('keeps the latest reading of each period, oldest period first, against the target', () => {
    const readings = [at('2026-06-30', 80, 2), at('2026-03-31', 70, 1), at('2026-06-30', 92, 3)];
    expect(indicatorTrend(readings, 90, IndicatorDirection.AT_LEAST)).toEqual([
      { periodEnd: '2026-03-31', value: 70, meetsTarget: false },
      { periodEnd: '2026-06-30', value: 92, meetsTarget: true },
    ]);
    expect(indicatorTrend(readings, 75, IndicatorDirection.AT_MOST).map((p) => p.meetsTarget)).toEqual([
      true,
      false,
    ]);
  });
});
