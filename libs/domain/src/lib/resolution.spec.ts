import {
  acceptsNewVersion,
  compareParagraphs,
  defaultResolutionPrefix,
  isAdopted,
  ParagraphChange,
  ParagraphComparison,
  resolutionCode,
  ResolutionEvent,
  ResolutionState,
  resolutionTransition,
} from './resolution';

const { UNCHANGED, CHANGED, ADDED, REMOVED } = ParagraphChange;

describe('resolution life cycle', () => {
  const allowed: [ResolutionState, ResolutionEvent, ResolutionState][] = [
    [ResolutionState.DRAFTING, ResolutionEvent.OPEN_CONSULTATION, ResolutionState.CONSULTATION],
    [ResolutionState.CONSULTATION, ResolutionEvent.CLOSE_CONSULTATION, ResolutionState.FINAL_DRAFT],
    [ResolutionState.DRAFTING, ResolutionEvent.TABLE, ResolutionState.TABLED],
    [ResolutionState.FINAL_DRAFT, ResolutionEvent.TABLE, ResolutionState.TABLED],
    [ResolutionState.TABLED, ResolutionEvent.ADOPT, ResolutionState.ADOPTED],
    [ResolutionState.TABLED, ResolutionEvent.DEFER, ResolutionState.DEFERRED],
    [ResolutionState.DEFERRED, ResolutionEvent.REDRAFT, ResolutionState.DRAFTING],
    [ResolutionState.ADOPTED, ResolutionEvent.TRANSMIT, ResolutionState.TRANSMITTED],
    [ResolutionState.TRANSMITTED, ResolutionEvent.START_IMPLEMENTING, ResolutionState.IMPLEMENTING],
    [ResolutionState.IMPLEMENTING, ResolutionEvent.CLOSE, ResolutionState.CLOSED],
  ];

  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(resolutionTransition(from, event)).toBe(to);
  });

  // Every other pair of state and event is refused.
  const refused = Object.values(ResolutionState).flatMap((from) =>
    Object.values(ResolutionEvent)
      .filter((event) => !allowed.some(([f, e]) => f === from && e === event))
      .map((event) => [from, event] as const),
  );

  it.each(refused)('refuses %s --%s-->', (from, event) => {
    expect(resolutionTransition(from, event)).toBeNull();
  });

  it('covers all 81 pairs of state and event', () => {
    expect(allowed.length + refused.length).toBe(81);
  });

  it('leaves a closed resolution closed', () => {
    for (const event of Object.values(ResolutionEvent)) {
      expect(resolutionTransition(ResolutionState.CLOSED, event)).toBeNull();
    }
  });

  it('reaches every state from drafting', () => {
    const reached = new Set([ResolutionState.DRAFTING]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [from, , to] of allowed) {
        if (reached.has(from) && !reached.has(to)) {
          reached.add(to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual(Object.values(ResolutionState).sort());
  });

  it('takes new versions only before consultation opens and after it closes', () => {
    expect(Object.values(ResolutionState).filter(acceptsNewVersion)).toEqual([
      ResolutionState.DRAFTING,
      ResolutionState.FINAL_DRAFT,
    ]);
  });

  it('counts a resolution as adopted from adoption through closing, not when deferred', () => {
    expect(Object.values(ResolutionState).filter(isAdopted)).toEqual([
      ResolutionState.ADOPTED,
      ResolutionState.TRANSMITTED,
      ResolutionState.IMPLEMENTING,
      ResolutionState.CLOSED,
    ]);
  });
});

describe('resolution codes', () => {
  it('join the prefix, the edition number and the item number', () => {
    expect(resolutionCode('NHA', 16, 2)).toBe('NHA 16.2');
    expect(resolutionCode('PHA-CM', 3, 12)).toBe('PHA-CM 3.12');
  });

  it('default to the initials of the capitalized words of the assembly name', () => {
    expect(defaultResolutionPrefix('National Health Assembly')).toBe('NHA');
    expect(defaultResolutionPrefix('Provincial Health Assembly – Chiang Mai')).toBe('PHACM');
    expect(defaultResolutionPrefix('Assembly of the People-Health')).toBe('APH');
  });

  it('fall back to the first three characters, spaces left out, of a name without capitals, and to "R"', () => {
    expect(defaultResolutionPrefix('  community forum ')).toBe('COM');
    expect(defaultResolutionPrefix('ab cd')).toBe('ABC');
    expect(defaultResolutionPrefix('   ')).toBe('R');
    expect(defaultResolutionPrefix('')).toBe('R');
  });

  it('keep at most 20 characters', () => {
    expect(defaultResolutionPrefix('A B C D E F G H I J K L M N O P Q R S T U V W')).toBe(
      'ABCDEFGHIJKLMNOPQRST',
    );
  });
});

describe('compareParagraphs', () => {
  const unchanged = (number: number, text: string, afterNumber = number): ParagraphComparison => ({
    change: UNCHANGED,
    beforeNumber: number,
    afterNumber,
    before: text,
    after: text,
  });
  const changed = (beforeNumber: number, before: string, afterNumber: number, after: string) => ({
    change: CHANGED,
    beforeNumber,
    afterNumber,
    before,
    after,
  });
  const added = (afterNumber: number, after: string) => ({
    change: ADDED,
    beforeNumber: null,
    afterNumber,
    before: null,
    after,
  });
  const removed = (beforeNumber: number, before: string) => ({
    change: REMOVED,
    beforeNumber,
    afterNumber: null,
    before,
    after: null,
  });

  it('marks every paragraph of identical versions unchanged, numbered from 1', () => {
    expect(compareParagraphs(['A', 'B', 'C'], ['A', 'B', 'C'])).toEqual([
      unchanged(1, 'A'),
      unchanged(2, 'B'),
      unchanged(3, 'C'),
    ]);
  });

  it('finds nothing to compare in two empty versions', () => {
    expect(compareParagraphs([], [])).toEqual([]);
  });

  it('shows every paragraph as added when the earlier version is empty', () => {
    expect(compareParagraphs([], ['A', 'B'])).toEqual([added(1, 'A'), added(2, 'B')]);
  });

  it('shows every paragraph as removed when the later version is empty', () => {
    expect(compareParagraphs(['A', 'B'], [])).toEqual([removed(1, 'A'), removed(2, 'B')]);
  });

  it('pairs a paragraph rewritten in place as one change', () => {
    expect(compareParagraphs(['A', 'B', 'C'], ['A', 'B2', 'C'])).toEqual([
      unchanged(1, 'A'),
      changed(2, 'B', 2, 'B2'),
      unchanged(3, 'C'),
    ]);
    expect(compareParagraphs(['A', 'B', 'C'], ['A2', 'B', 'C'])[0]).toEqual(changed(1, 'A', 1, 'A2'));
    expect(compareParagraphs(['A', 'B', 'C'], ['A', 'B', 'C2'])[2]).toEqual(changed(3, 'C', 3, 'C2'));
    expect(compareParagraphs(['A'], ['B'])).toEqual([changed(1, 'A', 1, 'B')]);
  });

  it('treats a difference of case or whitespace as a change', () => {
    expect(compareParagraphs(['Health for all.'], ['health for all.'])).toEqual([
      changed(1, 'Health for all.', 1, 'health for all.'),
    ]);
    expect(compareParagraphs(['a b'], ['a  b'])[0].change).toBe(CHANGED);
  });

  it('adds a paragraph inserted at the start and renumbers the ones after it', () => {
    expect(compareParagraphs(['A', 'B'], ['X', 'A', 'B'])).toEqual([
      added(1, 'X'),
      unchanged(1, 'A', 2),
      unchanged(2, 'B', 3),
    ]);
  });

  it('adds a paragraph inserted in the middle', () => {
    expect(compareParagraphs(['A', 'B', 'C'], ['A', 'X', 'Y', 'B', 'C'])).toEqual([
      unchanged(1, 'A'),
      added(2, 'X'),
      added(3, 'Y'),
      unchanged(2, 'B', 4),
      unchanged(3, 'C', 5),
    ]);
  });

  it('adds a paragraph inserted at the end', () => {
    expect(compareParagraphs(['A', 'B'], ['A', 'B', 'X'])).toEqual([
      unchanged(1, 'A'),
      unchanged(2, 'B'),
      added(3, 'X'),
    ]);
  });

  it('removes a paragraph and renumbers the ones after it', () => {
    expect(compareParagraphs(['A', 'B', 'C', 'D'], ['A', 'C', 'D'])).toEqual([
      unchanged(1, 'A'),
      removed(2, 'B'),
      unchanged(3, 'C', 2),
      unchanged(4, 'D', 3),
    ]);
    expect(compareParagraphs(['A', 'B', 'C'], ['B', 'C'])[0]).toEqual(removed(1, 'A'));
    expect(compareParagraphs(['A', 'B', 'C'], ['A', 'B'])[2]).toEqual(removed(3, 'C'));
  });

  it('pairs rewritten paragraphs in order and lists the surplus as removed or added', () => {
    expect(compareParagraphs(['A', 'B', 'C', 'D'], ['A', 'X', 'D'])).toEqual([
      unchanged(1, 'A'),
      changed(2, 'B', 2, 'X'),
      removed(3, 'C'),
      unchanged(4, 'D', 3),
    ]);
    expect(compareParagraphs(['A', 'B', 'C'], ['A', 'X', 'Y', 'Z', 'C'])).toEqual([
      unchanged(1, 'A'),
      changed(2, 'B', 2, 'X'),
      added(3, 'Y'),
      added(4, 'Z'),
      unchanged(3, 'C', 5),
    ]);
  });

  it('shows a moved paragraph as added where it now is and removed where it was', () => {
    expect(compareParagraphs(['A', 'B', 'C'], ['C', 'A', 'B'])).toEqual([
      added(1, 'C'),
      unchanged(1, 'A', 2),
      unchanged(2, 'B', 3),
      removed(3, 'C'),
    ]);
    expect(compareParagraphs(['A', 'B', 'C'], ['B', 'C', 'A'])).toEqual([
      removed(1, 'A'),
      unchanged(2, 'B', 1),
      unchanged(3, 'C', 2),
      added(3, 'A'),
    ]);
  });

  it('keeps the longest run of unchanged paragraphs when two are swapped', () => {
    const comparison = compareParagraphs(['A', 'B', 'C', 'D'], ['A', 'C', 'B', 'D']);
    expect(comparison.filter(({ change }) => change === UNCHANGED)).toHaveLength(3);
    expect(comparison.filter(({ change }) => change === ADDED)).toHaveLength(1);
    expect(comparison.filter(({ change }) => change === REMOVED)).toHaveLength(1);
  });

  it('lines up repeated identical paragraphs one for one', () => {
    expect(compareParagraphs(['A', 'A'], ['A', 'A', 'A'])).toEqual([
      unchanged(1, 'A'),
      unchanged(2, 'A'),
      added(3, 'A'),
    ]);
  });

  describe('on random versions', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 20260501;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const version = () =>
      Array.from({ length: Math.floor(random() * 8) }, () => 'ABCDE'[Math.floor(random() * 5)]);
    const longestCommon = (a: string[], b: string[]): number => {
      const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          table[i][j] =
            a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
        }
      }
      return table[a.length][b.length];
    };
    const pairs = Array.from({ length: 300 }, () => [version(), version()] as const);

    it('accounts for every paragraph of both versions once, in order, with its own text', () => {
      for (const [before, after] of pairs) {
        const comparison = compareParagraphs(before, after);
        const beforeNumbers = comparison.flatMap(({ beforeNumber }) =>
          beforeNumber === null ? [] : [beforeNumber],
        );
        const afterNumbers = comparison.flatMap(({ afterNumber }) =>
          afterNumber === null ? [] : [afterNumber],
        );
        expect(beforeNumbers).toEqual(before.map((_, index) => index + 1));
        expect(afterNumbers).toEqual(after.map((_, index) => index + 1));
        for (const entry of comparison) {
          expect(entry.before).toBe(entry.beforeNumber === null ? null : before[entry.beforeNumber - 1]);
          expect(entry.after).toBe(entry.afterNumber === null ? null : after[entry.afterNumber - 1]);
        }
      }
    });

    it('keeps as many paragraphs unchanged as possible, and changes only differing texts', () => {
      for (const [before, after] of pairs) {
        const comparison = compareParagraphs(before, after);
        expect(comparison.filter(({ change }) => change === UNCHANGED)).toHaveLength(
          longestCommon(before, after),
        );
        for (const entry of comparison) {
          if (entry.change === UNCHANGED) expect(entry.after).toBe(entry.before);
          if (entry.change === CHANGED) expect(entry.after).not.toBe(entry.before);
        }
      }
    });
  });
});
