import { randomUUID } from 'node:crypto';
import {
  commentProblem,
  CONSULTATION_LIMITS,
  ConsultationWindowState,
  consultationWindowState,
  EMPTY_TALLY,
  plainCommentText,
  tallyDelta,
  tallyKey,
  tallySlot,
  VoteChoice,
  windowProblem,
} from './consultation';

const { SUPPORT, OPPOSE, ABSTAIN } = VoteChoice;
const DAY = 86_400_000;

describe('consultation window', () => {
  const opensAt = new Date('2026-05-01T00:00:00Z');
  const closesAt = new Date('2026-05-15T00:00:00Z');
  const window = { opensAt, closesAt };
  const at = (date: Date, ms: number) => new Date(date.getTime() + ms);

  it('is upcoming until its opening, open from its opening (inclusive) to its closing (exclusive)', () => {
    expect(consultationWindowState(window, new Date('2026-01-01T00:00:00Z'))).toBe(
      ConsultationWindowState.UPCOMING,
    );
    expect(consultationWindowState(window, at(opensAt, -1))).toBe(ConsultationWindowState.UPCOMING);
    expect(consultationWindowState(window, opensAt)).toBe(ConsultationWindowState.OPEN);
    expect(consultationWindowState(window, at(opensAt, 1))).toBe(ConsultationWindowState.OPEN);
    expect(consultationWindowState(window, at(closesAt, -1))).toBe(ConsultationWindowState.OPEN);
    expect(consultationWindowState(window, closesAt)).toBe(ConsultationWindowState.CLOSED);
    expect(consultationWindowState(window, at(closesAt, DAY))).toBe(ConsultationWindowState.CLOSED);
  });

  it('accepts a window that ends in the future, whether or not it has started', () => {
    expect(windowProblem(window, at(opensAt, -DAY))).toBeNull();
    expect(windowProblem(window, at(opensAt, DAY))).toBeNull();
    expect(windowProblem(window, at(closesAt, -1))).toBeNull();
  });

  it('refuses a window that does not end after it starts, before asking whether it is past', () => {
    expect(windowProblem({ opensAt, closesAt: opensAt }, at(opensAt, -DAY))).toBe('must end after it starts');
    expect(windowProblem({ opensAt: closesAt, closesAt: opensAt }, at(opensAt, -DAY))).toBe(
      'must end after it starts',
    );
    expect(windowProblem({ opensAt: closesAt, closesAt: opensAt }, at(closesAt, DAY))).toBe(
      'must end after it starts',
    );
  });

  it('refuses a window that has already ended, including one ending right now', () => {
    expect(windowProblem(window, closesAt)).toBe('must end in the future');
    expect(windowProblem(window, at(closesAt, DAY))).toBe('must end in the future');
  });

  it('lets a window last exactly 366 days but not a millisecond more', () => {
    const now = at(opensAt, -DAY);
    const longest = at(opensAt, CONSULTATION_LIMITS.maxWindowDays * DAY);
    expect(windowProblem({ opensAt, closesAt: longest }, now)).toBeNull();
    expect(windowProblem({ opensAt, closesAt: at(longest, 1) }, now)).toBe('must last at most 366 days');
  });
});

describe('tally', () => {
  it('counts a first vote once for its choice', () => {
    expect(tallyDelta(null, SUPPORT)).toEqual({ support: 1, oppose: 0, abstain: 0 });
    expect(tallyDelta(null, OPPOSE)).toEqual({ support: 0, oppose: 1, abstain: 0 });
    expect(tallyDelta(null, ABSTAIN)).toEqual({ support: 0, oppose: 0, abstain: 1 });
  });

  it('moves a changed vote from the old choice to the new one, keeping the total', () => {
    expect(tallyDelta(SUPPORT, OPPOSE)).toEqual({ support: -1, oppose: 1, abstain: 0 });
    expect(tallyDelta(OPPOSE, ABSTAIN)).toEqual({ support: 0, oppose: -1, abstain: 1 });
    expect(tallyDelta(ABSTAIN, SUPPORT)).toEqual({ support: 1, oppose: 0, abstain: -1 });
    for (const previous of Object.values(VoteChoice)) {
      for (const next of Object.values(VoteChoice)) {
        const delta = tallyDelta(previous, next);
        expect(delta.support + delta.oppose + delta.abstain).toBe(0);
      }
    }
  });

  it('does not move when the same choice is cast again', () => {
    for (const choice of Object.values(VoteChoice)) {
      expect(tallyDelta(choice, choice)).toEqual({ support: 0, oppose: 0, abstain: 0 });
    }
  });

  it('never changes the shared empty tally', () => {
    tallyDelta(null, SUPPORT);
    tallyDelta(SUPPORT, OPPOSE);
    expect(EMPTY_TALLY).toEqual({ support: 0, oppose: 0, abstain: 0 });
  });

  it('names a counter for each choice', () => {
    expect(Object.values(VoteChoice).map(tallyKey)).toEqual(['support', 'oppose', 'abstain']);
  });
});

describe('tally slots', () => {
  const { tallySlots } = CONSULTATION_LIMITS;

  it('gives a person the same slot every time', () => {
    const userId = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
    expect(tallySlot(userId)).toBe(tallySlot(userId));
    expect(tallySlot(userId)).toBe(tallySlot([...userId].join('')));
  });

  it('is an integer slot within range, even for empty and very long ids', () => {
    const ids = [
      '',
      'a',
      'z'.repeat(10_000),
      '\uffff'.repeat(1000),
      ...Array.from({ length: 200 }, randomUUID),
    ];
    for (const id of ids) {
      const slot = tallySlot(id);
      expect(Number.isInteger(slot)).toBe(true);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(slot).toBeLessThan(tallySlots);
    }
  });

  it('spreads 1000 random uuids over all slots, none far from its even share', () => {
    const counts = new Array<number>(tallySlots).fill(0);
    for (let i = 0; i < 1000; i++) counts[tallySlot(randomUUID())]++;
    // An even share is 62.5; a fair spread stays well within 20..125 (more than 5 standard deviations).
    expect(counts.every((count) => count >= 20 && count <= 125)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1000);
  });
});

describe('comment text', () => {
  it('unifies CRLF and lone CR line ends to LF', () => {
    expect(plainCommentText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('removes control characters but keeps tabs and line ends', () => {
    expect(plainCommentText('a\u0000b\u0007c\u0008d\u000Be\u000Cf\u001Bg\u001Fh\u007Fi')).toBe('abcdefghi');
    expect(plainCommentText('col\tcol\nrow')).toBe('col\tcol\nrow');
  });

  it('removes bidirectional embedding, override and isolate characters', () => {
    expect(plainCommentText('safe \u202Eevil\u202C text')).toBe('safe evil text');
    expect(plainCommentText('\u202A\u202B\u202C\u202D\u202Ex\u2066\u2067\u2068\u2069')).toBe('x');
    // Thai script and combining marks are ordinary text.
    expect(plainCommentText('สมัชชาสุขภาพ')).toBe('สมัชชาสุขภาพ');
  });

  it('trims surrounding whitespace and blank lines', () => {
    expect(plainCommentText('  \n\t hello world \n\n  ')).toBe('hello world');
    expect(plainCommentText('\u202E  hi  \u0000')).toBe('hi');
  });

  it('collapses three or more line ends into one blank line and keeps a single blank line', () => {
    expect(plainCommentText('a\n\nb')).toBe('a\n\nb');
    expect(plainCommentText('a\n\n\nb')).toBe('a\n\nb');
    expect(plainCommentText('a\n\n\n\n\n\n\nb')).toBe('a\n\nb');
    expect(plainCommentText('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb');
    // Control characters are removed first, so they cannot keep blank lines apart.
    expect(plainCommentText('a\n\u0000\n\u202E\n\nb')).toBe('a\n\nb');
  });

  it('leaves nothing of a comment made only of whitespace and invisible characters', () => {
    expect(plainCommentText(' \r\n\u0000\u202E\u2066 \n ')).toBe('');
    expect(commentProblem(plainCommentText(' \r\n\u0000\u202E '), null)).toBe('EMPTY');
  });
});

describe('comment problems', () => {
  const { commentMaxLength, maxCommentDepth } = CONSULTATION_LIMITS;

  it('refuses an empty comment', () => {
    expect(commentProblem('', null)).toBe('EMPTY');
    expect(commentProblem('', maxCommentDepth)).toBe('EMPTY');
  });

  it('allows exactly the maximum length and refuses one character more', () => {
    expect(commentProblem('x'.repeat(commentMaxLength), null)).toBeNull();
    expect(commentProblem('x'.repeat(commentMaxLength + 1), null)).toBe('TOO_LONG');
  });

  it('allows top-level comments and replies down to depth 2, and refuses replies to depth 2', () => {
    expect(commentProblem('ok', null)).toBeNull();
    expect(commentProblem('ok', 0)).toBeNull();
    expect(commentProblem('ok', maxCommentDepth - 1)).toBeNull();
    expect(commentProblem('ok', maxCommentDepth)).toBe('TOO_DEEP');
    expect(commentProblem('ok', maxCommentDepth + 3)).toBe('TOO_DEEP');
  });

  it('reports length before depth', () => {
    expect(commentProblem('x'.repeat(commentMaxLength + 1), maxCommentDepth)).toBe('TOO_LONG');
  });
});
