export * from './archive-line.js';
export * from './authority.js';
export * from './case.js';
export * from './deviation.js';
export * from './number-notation.js';
export * from './numbering.js';
export * from './place-date.js';
export * from './tone.js';
