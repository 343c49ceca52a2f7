/**
 * Word's latent styles are cut from styles.xml before it is parsed (a speed step): only a block
 * that is nothing but lsdException elements, between two tags; the styles read are the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/formats/xml/parse.js';
import { UNREAD_CHILDREN, UNREAD_ELEMENTS } from '../../../src/formats/ooxml/package.js';
import { withoutLatentStyles } from '../../../src/readers/docx/styles-part.js';
import { openDocx } from '../../../src/readers/docx/open.js';
import { a4Section, buildDocx, para } from './build-docx.js';

const WORD_DIR = new URL('../../fixtures/docx/word/', import.meta.url).pathname;
const LATENT =
  '<w:latentStyles w:defLockedState="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>\n  <w:lsdException w:name="heading 1"/></w:latentStyles>';
const STYLE = '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:rPr><w:b/></w:rPr></w:style>';
const styles = (inner: string) =>
  `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults/>${inner}${STYLE}</w:styles>`;
const tree = (xml: string) => parseXml(xml, { namespaces: false }, { skip: UNREAD_ELEMENTS, skipIn: UNREAD_CHILDREN });

describe('withoutLatentStyles', () => {
  it('cuts the block of a Word file and gives the same tree', () => {
    const xml = styles(LATENT);
    const cut = withoutLatentStyles(xml);
    expect(cut).toBe(styles(''));
    expect(tree(cut)).toEqual(tree(xml));
  });

  it('leaves a block holding anything else whole', () => {
    for (const odd of [
      '<w:latentStyles><w:lsdException w:name="a"/><!-- note --></w:latentStyles>',
      '<w:latentStyles><w:lsdException w:name="a>b"/></w:latentStyles>',
      '<w:latentStyles><w:lsdException w:name="a"></w:lsdException></w:latentStyles>',
      '<w:latentStyles><w:lsdException w:name="a"/>',
    ])
      expect(withoutLatentStyles(styles(odd))).toBe(styles(odd));
  });

  it('leaves the text alone inside an attribute value', () => {
    const xml = styles(`<w:style w:styleId="x${LATENT}"/>`);
    expect(withoutLatentStyles(xml)).toBe(xml);
  });

  it('cuts most of the styles part of the Word letters', () => {
    for (const name of ['cong-van-ubnd-binh-thuan-3083.docx', 'to-trinh-snv-binh-thuan-2114.docx']) {
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(WORD_DIR, name))))['word/styles.xml']!);
      const cut = withoutLatentStyles(xml);
      expect(cut.length).toBeLessThan(xml.length / 4);
      expect(tree(cut)).toEqual(tree(xml));
    }
  });

  it('reads the styles after the cut', () => {
    const opened = openDocx(
      buildDocx({
        body: para(['x'], '<w:pStyle w:val="A"/>') + a4Section(),
        styles: `<w:docDefaults/>${LATENT}${STYLE}`,
      }),
    );
    expect(opened.paragraphs[0]!.allBold).toBe(true);
  });
});
