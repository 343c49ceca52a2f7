import { type DocumentKind, kindInfo } from '../registry/kinds.js';
import type { Block } from './block.js';

/**
 * Where the căn cứ ban hành block (ô 6 of Mẫu 1.1–1.3; PL I, I.II.6.a) ends: the index of the
 * first Điều, heading or "QUYẾT ĐỊNH:" line, or the body's length when none comes; 0 in a kind
 * that has no such block. Its lines are printed in italic; a "Căn cứ Kế hoạch số …" outside it
 * (a công văn, a tờ trình) opens an ordinary paragraph, printed upright. The writers and the
 * typography table share this test, so what is written is what is judged.
 */
export function legalBasisBlockEnd(kind: DocumentKind, body: readonly Block[]): number {
  if (!kindInfo(kind).parts.legalBasis) return 0;
  const end = body.findIndex(
    (b) => b.type === 'article' || b.type === 'heading' || (b.type === 'enactment' && b.role === 'enactment'),
  );
  return end < 0 ? body.length : end;
}
