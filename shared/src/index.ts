export * from './domain.js';
export * from './errors.js';
export * from './schemas.js';
export * from './events.js';
export * from './i18n.js';
export * from './board-state.js';
export * from './board-sync.js';
export * from './dimension-style.js';
