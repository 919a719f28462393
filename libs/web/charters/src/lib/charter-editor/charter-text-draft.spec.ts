import {
  addActor,
  addClause,
  addSection,
  changeActor,
  changeClause,
  changeIndicator,
  clauseAtEnd,
  clauseNumber,
  draftProblems,
  locateProblems,
  moveClause,
  moveSection,
  removeClause,
  type SavedSection,
  type SectionDraft,
  toSectionsInput,
  toTextDraft,
  withIndicator,
} from './charter-text-draft';

const SAVED: SavedSection[] = [
  {
    kind: 'DEFINITIONS',
    title: 'Definitions',
    statuteChapter: null,
    clauses: [{ id: 'c1', text: '"Household" means one kitchen.', responsible: [], indicator: null }],
  },
  {
    kind: 'PROVISIONS',
    title: 'Safe food',
    statuteChapter: '4',
    clauses: [
      {
        id: 'c2',
        text: 'Shops sell no food with banned pesticides.',
        responsible: [{ name: 'Health centre', organization: { id: 'o1' } }],
        indicator: {
          name: 'Stalls tested clean',
          target: 90,
          unit: '%',
          frequency: 'QUARTERLY',
          direction: 'AT_LEAST',
        },
      },
      { id: 'c3', text: 'Every household keeps a garden.', responsible: [], indicator: null },
    ],
  },
];

const texts = (sections: readonly SectionDraft[]) =>
  sections.map((section) => section.clauses.map((clause) => clause.text));

describe('a charter text being drafted', () => {
  it('round-trips the saved text, each clause with its id so it keeps its lineage', () => {
    expect(toSectionsInput(toTextDraft(SAVED))).toEqual([
      {
        kind: 'DEFINITIONS',
        title: 'Definitions',
        statuteChapter: null,
        clauses: [{ id: 'c1', text: '"Household" means one kitchen.', responsible: [], indicator: null }],
      },
      {
        kind: 'PROVISIONS',
        title: 'Safe food',
        statuteChapter: '4',
        clauses: [
          {
            id: 'c2',
            text: 'Shops sell no food with banned pesticides.',
            responsible: [{ name: 'Health centre', organizationId: 'o1' }],
            indicator: {
              name: 'Stalls tested clean',
              target: 90,
              unit: '%',
              frequency: 'QUARTERLY',
              direction: 'AT_LEAST',
            },
          },
          { id: 'c3', text: 'Every household keeps a garden.', responsible: [], indicator: null },
        ],
      },
    ]);
  });

  it('sends new clauses without an id, trimmed, and an actor that is no organization without one', () => {
    let draft = addSection([]);
    draft = changeClause(draft, 0, 0, (clause) =>
      changeActor(addActor({ ...clause, text: '  A clause \n' }), 0, { name: ' Village volunteers ' }),
    );
    const [section] = toSectionsInput(draft);
    expect(section.kind).toBe('DEFINITIONS');
    expect(section.clauses[0]).toEqual({
      text: 'A clause',
      responsible: [{ name: 'Village volunteers', organizationId: null }],
      indicator: null,
    });
  });

  it('starts with definitions, then adds provisions', () => {
    const draft = addSection(addSection([]));
    expect(draft.map((section) => section.kind)).toEqual(['DEFINITIONS', 'PROVISIONS']);
  });

  it('moves a clause within its section, and across into the next or previous section at its ends', () => {
    const draft = toTextDraft(SAVED);
    expect(texts(moveClause(draft, 1, 1, -1))[1][0]).toBe('Every household keeps a garden.');
    const crossedUp = moveClause(draft, 1, 0, -1);
    expect(texts(crossedUp)).toEqual([
      ['"Household" means one kitchen.', 'Shops sell no food with banned pesticides.'],
      ['Every household keeps a garden.'],
    ]);
    const crossedDown = moveClause(draft, 0, 0, 1);
    expect(texts(crossedDown)[1][0]).toBe('"Household" means one kitchen.');
    expect(texts(moveClause(draft, 0, 0, -1))).toEqual(texts(draft));
    expect(texts(moveClause(draft, 1, 1, 1))).toEqual(texts(draft));
  });

  it('keeps each clause its key and id when it moves', () => {
    const draft = toTextDraft(SAVED);
    const moved = moveClause(draft, 1, 1, -1);
    expect(moved[1].clauses.map((clause) => [clause.key, clause.id])).toEqual([
      [draft[1].clauses[1].key, 'c3'],
      [draft[1].clauses[0].key, 'c2'],
    ]);
  });

  it('moves sections and numbers clauses through the whole text', () => {
    const draft = toTextDraft(SAVED);
    expect(moveSection(draft, 1, -1).map((section) => section.title)).toEqual(['Safe food', 'Definitions']);
    expect(clauseNumber(draft, 1, 1)).toBe(3);
    expect(clauseAtEnd(draft, 0, 0, -1)).toBe(true);
    expect(clauseAtEnd(draft, 1, 1, 1)).toBe(true);
    expect(clauseAtEnd(draft, 1, 0, -1)).toBe(false);
  });

  it('adds and removes clauses, and an indicator defaults to a yearly target to reach', () => {
    const draft = addClause(toTextDraft(SAVED), 0);
    expect(draft[0].clauses).toHaveLength(2);
    expect(removeClause(draft, 0, 0)[0].clauses[0].id).toBeNull();
    const clause = changeIndicator(withIndicator(draft[0].clauses[1], true), { target: '80' });
    expect(clause.indicator).toMatchObject({ target: '80', frequency: 'YEARLY', direction: 'AT_LEAST' });
    expect(withIndicator(clause, false).indicator).toBeNull();
  });

  it('places problems named by their path on the section, clause or actor at fault', () => {
    const draft = toTextDraft(SAVED);
    const problems = locateProblems(draft, [
      { field: 'input.sections.1.clauses.0.text', message: 'must not be empty' },
      { field: 'input.sections.1.title', message: 'must be at most 300 characters long' },
      { field: 'input.sections.1.clauses.0.responsible.0.name', message: 'must not be empty' },
      { field: 'input.sections.1.clauses.0.indicator.target', message: 'must be a number' },
      { field: 'input.sections', message: 'must be at most 40' },
    ]);
    const clause = draft[1].clauses[0];
    expect(problems).toEqual({
      [`clause:${clause.key}:text`]: { kind: 'empty', message: 'must not be empty' },
      [`section:${draft[1].key}:title`]: { kind: 'tooLong', message: 'must be at most 300 characters long' },
      [`actor:${clause.responsible[0].key}:name`]: { kind: 'empty', message: 'must not be empty' },
      [`clause:${clause.key}:indicator.target`]: { kind: 'number', message: 'must be a number' },
      text: { kind: 'tooMany', message: 'must be at most 40' },
    });
  });

  it('finds the domain problems before sending: blank clauses, targets that are not numbers, definitions out of place', () => {
    let draft = toTextDraft(SAVED);
    draft = changeClause(draft, 1, 0, (clause) =>
      changeIndicator({ ...clause, text: ' ' }, { target: 'many' }),
    );
    draft = moveSection(draft, 1, -1);
    const clause = draft[0].clauses[0];
    expect(draftProblems(draft)).toEqual({
      [`clause:${clause.key}:text`]: { kind: 'empty', message: 'must not be empty' },
      [`clause:${clause.key}:indicator.target`]: { kind: 'number', message: 'must be a number' },
      [`section:${draft[1].key}:kind`]: {
        kind: 'definitionsFirst',
        message: 'definitions come first, in one section',
      },
    });
    expect(draftProblems(toTextDraft(SAVED))).toEqual({});
  });
});
