export * from './copies.js';
export * from './kinds.js';
