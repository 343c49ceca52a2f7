import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/model/create.js';
import type { TextLayout } from '../../src/model/layout.js';
import { phongChu } from '../../src/rules/nd30/pl1/phong-chu/rule.js';
import { sampleDocument, sampleLayout, validate } from '../../src/index.js';

const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
const red = (over: TextLayout = {}): TextLayout => ({ font: TNR, sizePt: 13, bold: true, color: 'FF0000', ...over });

/** The paths phong-chu reports on a công văn with stamps, given the layout of some parts. */
function reported(parts: Record<string, TextLayout>): string[] {
  const document = createDocument(sampleDocument('cong-van', { urgency: 'hoa-toc', confidentiality: 'mat' }));
  return validate(document, { registry: [phongChu], layout: sampleLayout(parts) }).diagnostics.map(
    (d) => `${d.path}: ${d.message.en}`,
  );
}

describe('nd30/pl1/phong-chu and colour', () => {
  it('takes the độ khẩn and độ mật stamps in red ink (PL I, I.III.2.b)', () => {
    expect(reported({ urgency: red({ box: { widthMm: 30, heightMm: 8 } }), confidentiality: red() })).toEqual([]);
  });

  it('still wants every other part black', () => {
    expect(
      reported({ urgency: red(), 'issuer.name': red({ sizePt: 12 }), 'body.0': red({ sizePt: 14, bold: false }) }),
    ).toEqual([
      'issuer.name: Text must be black (found colour FF0000)',
      'body.0: Text must be black (found colour FF0000)',
    ]);
  });

  it('still wants the stamps in Times New Roman', () => {
    expect(reported({ urgency: red({ font: { ...TNR, hAnsi: 'Arial' } }) })).toEqual([
      'urgency: The font must be Times New Roman (found Arial in slot hAnsi)',
    ]);
  });
});
