import { toThreads } from './threads';

interface Flat {
  id: string;
  parentId: string | null;
  replies: Flat[];
}

const comment = (id: string, parentId: string | null, replies: Flat[] = []): Flat => ({
  id,
  parentId,
  replies,
});

describe('toThreads', () => {
  it('nests replies under their parents, oldest first', () => {
    const threads = toThreads([
      comment('a', null, [comment('a1', 'a'), comment('a1x', 'a1'), comment('a2', 'a')]),
      comment('b', null),
    ]);
    expect(threads.map((thread) => thread.comment.id)).toEqual(['a', 'b']);
    expect(threads[0].replies.map((reply) => reply.comment.id)).toEqual(['a1', 'a2']);
    expect(threads[0].replies[0].replies.map((reply) => reply.comment.id)).toEqual(['a1x']);
    expect(threads[1].replies).toEqual([]);
  });

  it('keeps a reply whose parent is missing under the top comment', () => {
    const [thread] = toThreads([comment('a', null, [comment('orphan', 'gone')])]);
    expect(thread.replies.map((reply) => reply.comment.id)).toEqual(['orphan']);
  });
});
