import { defineCodes, t } from '../catalog.js';

/** The vanban XML reader's codes. */
export const XML_CODES = defineCodes({
  'xml/not-vanban': {
    severity: 'error',
    title: t('Không phải XML vanban', 'Not vanban XML'),
    description: t(
      'Phần tử gốc không phải <document> trong không gian tên của vanban; tệp không được đọc.',
      'The root is not <document> in vanban’s namespace; the file is not read.',
    ),
  },
  'xml/invalid': {
    severity: 'error',
    title: t('Sai mô hình văn bản', 'Not a valid document'),
    description: t(
      'Giá trị đọc được không hợp với mô hình; trường đó bị bỏ.',
      'A value read does not fit the model; that field is left out.',
    ),
  },
  'xml/unknown-element': {
    severity: 'warning',
    title: t('Phần tử lạ', 'Unknown element'),
    description: t(
      'Phần tử không có trong lược đồ của vanban; bị bỏ qua.',
      'An element not in vanban’s schema; skipped.',
    ),
  },
  'xml/unexpected-name': {
    severity: 'warning',
    title: t('Phần tử sai tên trong danh sách', 'Unexpected element in a list'),
    description: t(
      'Một mục của danh sách mang tên khác với tên lược đồ quy định; bị bỏ qua.',
      'A list item has another name than the schema’s; skipped.',
    ),
  },
  'xml/duplicate-element': {
    severity: 'warning',
    title: t('Phần tử lặp lại', 'Element repeated'),
    description: t(
      'Một phần tử chỉ được có một lần; chỉ lần đầu được đọc.',
      'An element allowed once appears again; only the first is read.',
    ),
  },
  'xml/not-a-number': {
    severity: 'warning',
    title: t('Không phải là số', 'Not a number'),
    description: t(
      'Giá trị của một trường số không đọc được thành số; trường bị bỏ.',
      'A numeric field’s value is not a number; the field is left out.',
    ),
  },
  'xml/not-a-boolean': {
    severity: 'warning',
    title: t('Không phải true/false', 'Not true/false'),
    description: t(
      'Giá trị của một trường đúng/sai không phải true hay false; trường bị bỏ.',
      'A boolean field is neither true nor false; the field is left out.',
    ),
  },
});
