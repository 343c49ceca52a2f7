import type { Intent } from './compose.js';
import type { Geometry } from './geometry.js';
import type { ResolvedDocxOptions } from './options.js';

/** What every part of the writer needs: the options, the page geometry and where intents are stated. */
export interface WriteContext {
  readonly options: ResolvedDocxOptions;
  readonly geometry: Geometry;
  readonly intent: Intent;
  /** The next drawing id (wp:docPr): given by the writer, since the docx package's own counter lives as long as the process. */
  readonly nextDrawingId: () => string;
}
