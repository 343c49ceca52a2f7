import {
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { mmToTwips } from '../../formats/ooxml/units.js';

/**
 * Borderless layout tables (the header and the closing block of every Mẫu, nd30.md §3.3) and the
 * bordered data tables of a body.
 *
 * @module
 */

const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * A borderless table of fixed columns (millimetres), its cells without inner margins so that what
 * is centred in a column is centred on the column's width; `rows` holds each row's cells.
 */
export function layoutTable(columnsMm: readonly number[], rows: readonly (readonly Paragraph[])[][]): Table {
  const widths = columnsMm.map(mmToTwips);
  return new Table({
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: NO_MARGIN,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, c) =>
              new TableCell({
                width: { size: widths[c]!, type: WidthType.DXA },
                margins: NO_MARGIN,
                verticalAlign: VerticalAlignTable.TOP,
                // A cell holds at least one paragraph (ECMA-376 §17.4.66).
                children: children.length ? [...children] : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A data table of the body: single lines, the columns of `columnsMm`, the header row repeated on
 * each page the table runs on and never split across two.
 */
export function dataTable(
  columnsMm: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
  header: boolean,
): Table {
  const widths = columnsMm.map(mmToTwips);
  const margin = { top: 40, bottom: 40, left: 80, right: 80 };
  return new Table({
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          ...(header && r === 0 && { tableHeader: true, cantSplit: true }),
          children: widths.map(
            (width, c) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: margin,
                children: cells[c]?.length ? [...cells[c]!] : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}
