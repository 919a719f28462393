/** The shape of a comment the threads are built from. */
export interface ThreadComment {
  readonly id: string;
  readonly parentId?: string | null;
}

export interface ThreadNode<C extends ThreadComment> {
  readonly comment: C;
  readonly replies: readonly ThreadNode<C>[];
}

/**
 * Top comments with their replies nested under their parents. The API sends every reply of a thread in
 * one flat list, oldest first, each naming its parent; a reply whose parent is missing (never expected)
 * is kept under the top comment rather than lost.
 */
export function toThreads<C extends ThreadComment>(
  roots: readonly (C & { readonly replies: readonly C[] })[],
): ThreadNode<C>[] {
  return roots.map((root) => {
    const children = new Map<string, C[]>();
    const ids = new Set([root.id, ...root.replies.map((reply) => reply.id)]);
    for (const reply of root.replies) {
      const parent = reply.parentId && ids.has(reply.parentId) ? reply.parentId : root.id;
      children.set(parent, [...(children.get(parent) ?? []), reply]);
    }
    const node = (comment: C): ThreadNode<C> => ({
      comment,
      replies: (children.get(comment.id) ?? []).map(node),
    });
    return node(root);
  });
}
