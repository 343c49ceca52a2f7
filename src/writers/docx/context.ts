import type { Intent } from './compose.js';
import type { Geometry } from './geometry.js';
import type { ResolvedDocxOptions } from './options.js';

/** What every part of the writer needs: the options, the page geometry and where intents are stated. */
export interface WriteContext {
  readonly options: ResolvedDocxOptions;
  readonly geometry: Geometry;
  readonly intent: Intent;
}
