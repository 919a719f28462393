export * from './lib/page-header/page-header.component';
export * from './lib/language-switcher/language-switcher.component';
export * from './lib/notice/notice.component';
export * from './lib/states/loading-state.component';
export * from './lib/states/empty-state.component';
export * from './lib/states/error-state.component';
export * from './lib/tag/tag.component';
export * from './lib/reorder/move-buttons.component';
