export * from './lib/comments/comment-threads.component';
export * from './lib/comments/consultation-comments-source';
export * from './lib/moderation/moderated-comment.component';
export * from './lib/paragraph-comments/paragraph-comments.component';
export * from './lib/text-unit-labels';
export * from './lib/vote-panel/vote-panel.component';
export * from './lib/text-comparison/text-comparison.component';
export * from './lib/moderation/moderation-queue.component';
