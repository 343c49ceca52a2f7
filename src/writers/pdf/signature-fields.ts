import { type PdfDocument, type PdfRef, pdfRef } from './pdfkit.js';
import type { DrawItem } from './flow.js';

/**
 * Empty signature fields (AcroForm `/FT /Sig`, no `/V`) for signing tools to fill: the signer's
 * (ô 7c) over the signature space and the organisation's (ô 8) where the seal goes, over the left
 * third of the signer's (Điều 33; nd30.md §2.8, §4.3). Each field is a widget on the page of the
 * closing block, printable, with an empty appearance (PDF/A wants one on every widget). Dotted
 * names (`vanban.signer`) are built as a field tree, since a partial name holds no period.
 *
 * @module
 */

/** A field to add: its fully qualified name and its place on the current page, in points from the top left. */
export interface FieldPlacement {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** pdfkit's document as its AcroForm code keeps it (pdfkit 0.20; no public way to add a field of type Sig). */
interface FormInternals {
  _root: { data: { AcroForm?: PdfRef } };
}

/** Fully qualified names and rectangles of the fields of one page. */
export function fieldPlacements(
  fields: readonly Extract<DrawItem, { kind: 'field' }>[],
  names: { readonly signer?: string; readonly organisation?: string },
): FieldPlacement[] {
  const out: FieldPlacement[] = [];
  for (const f of fields) {
    const base = f.role === 'signer' ? names.signer : names.organisation;
    if (base === undefined) continue;
    out.push({ name: f.signer === 0 ? base : `${base}${f.signer + 1}`, x: f.x, y: f.y, w: f.w, h: f.h });
  }
  return out;
}

/** The form's state across pages: parent fields by name. */
export class SignatureForm {
  private readonly parents = new Map<string, PdfRef>();
  private acroForm: PdfRef | undefined;

  constructor(private readonly doc: PdfDocument) {}

  /** Adds the fields of the current page. */
  add(placements: readonly FieldPlacement[]): void {
    for (const p of placements) {
      const form = this.form();
      const parts = p.name.split('.');
      let parent: PdfRef | undefined;
      for (let i = 0; i < parts.length - 1; i++) {
        const path = parts.slice(0, i + 1).join('.');
        let node = this.parents.get(path);
        if (!node) {
          node = pdfRef(this.doc, { T: new String(parts[i]), Kids: [], ...(parent && { Parent: parent }) });
          this.parents.set(path, node);
          if (parent) (parent.data.Kids as PdfRef[]).push(node);
          else (form.data.Fields as PdfRef[]).push(node);
        }
        parent = node;
      }
      const appearance = pdfRef(this.doc, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, p.w, p.h], Resources: {} });
      appearance.end();
      // A raw widget dictionary: pdfkit writes the options as given (its typings know link and text annotations only).
      this.doc.annotate(p.x, p.y, p.w, p.h, {
        Subtype: 'Widget',
        FT: 'Sig',
        T: new String(parts.at(-1)),
        F: 4,
        AP: { N: appearance },
        ...(parent && { Parent: parent }),
      } as PDFKit.Mixins.AnnotationOption);
      const widget = this.doc.page.annotations.at(-1)!;
      if (parent) (parent.data.Kids as PdfRef[]).push(widget);
      else (form.data.Fields as PdfRef[]).push(widget);
    }
  }

  /** The AcroForm dictionary, made on first use; signature fields need no generated appearances. */
  private form(): PdfRef {
    if (this.acroForm) return this.acroForm;
    this.doc.initForm();
    const form = (this.doc as unknown as FormInternals)._root.data.AcroForm!;
    // PDF/A-2 (6.4.1) forbids NeedAppearances true; the fields have their own (empty) appearances.
    delete form.data.NeedAppearances;
    this.acroForm = form;
    return form;
  }
}
