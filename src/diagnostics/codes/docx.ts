import { defineCodes, t } from '../catalog.js';

/** The DOCX reader's codes: what a Word package holds beyond its text. */
export const DOCX_CODES = defineCodes({
  'docx/macros': {
    severity: 'warning',
    title: t('Tệp chứa macro (VBA)', 'The file holds VBA macros'),
    description: t(
      'Macro không bao giờ được chạy; chỉ nội dung được đọc. Văn bản hành chính không cần macro.',
      'Macros are never run; only the content is read. An administrative document needs none.',
    ),
  },
  'docx/digital-signature': {
    severity: 'info',
    title: t('Tệp đã được ký số', 'The package is digitally signed'),
    description: t(
      'Mọi sửa đổi sẽ làm mất hiệu lực chữ ký; vanban không ghi sửa lỗi vào tệp đã ký.',
      'Any change invalidates the signature; vanban never writes fixes into a signed package.',
    ),
  },
  'docx/external-relationship': {
    severity: 'warning',
    title: t('Liên kết ra ngoài tệp', 'An external relationship'),
    description: t(
      'Tệp trỏ tới một địa chỉ bên ngoài (ảnh, mẫu, khung); liên kết không được mở.',
      'The package points at an outside address (image, template, frame); it is not followed.',
    ),
  },
  'docx/protected': {
    severity: 'info',
    title: t('Văn bản được bảo vệ', 'The document is protected'),
    description: t(
      'Chế độ bảo vệ của Word không ngăn việc đọc; nội dung đã được đọc.',
      'Word’s protection does not stop reading; the content was read.',
    ),
  },
  'docx/track-revisions-on': {
    severity: 'info',
    title: t('Chế độ theo dõi thay đổi đang bật', 'Track changes is switched on'),
    description: t(
      'Bản phát hành không nên còn chế độ theo dõi thay đổi.',
      'A document as issued should not be tracking changes any more.',
    ),
  },
  'docx/tracked-changes': {
    severity: 'warning',
    title: t('Còn thay đổi chưa được chấp nhận', 'Changes not accepted'),
    description: t(
      'Văn bản còn chỗ chèn, xóa chưa được chấp nhận; đã đọc như khi chấp nhận tất cả. Bản phát hành phải là bản sạch.',
      'The document has insertions or deletions not accepted; it was read as if all were accepted. An issued document must be clean.',
    ),
  },
  'docx/ole-object': {
    severity: 'warning',
    title: t('Văn bản nhúng đối tượng OLE', 'The document embeds OLE objects'),
    description: t('Đối tượng nhúng không được mở.', 'Embedded objects are not opened.'),
  },
  'docx/alt-chunk': {
    severity: 'warning',
    title: t('Văn bản nhúng phần nội dung ngoài (altChunk)', 'The document embeds altChunk parts'),
    description: t(
      'Nội dung altChunk (HTML, RTF nhúng) không được đọc: phần đó vắng khỏi kết quả.',
      'altChunk content (embedded HTML, RTF) is not read: that part is missing from the result.',
    ),
  },
  'docx/legacy-font': {
    severity: 'warning',
    title: t('Phông chữ cũ, không phải Unicode', 'A legacy font, not Unicode'),
    description: t(
      'Chữ đặt bằng phông TCVN3 (.VnTime) hoặc VNI đã được chuyển sang Unicode để đọc; Nghị định 30 yêu cầu phông Unicode TCVN 6909:2001.',
      'Text set in a TCVN3 (.VnTime) or VNI font was converted to Unicode to be read; Decree 30 requires TCVN 6909:2001 Unicode fonts.',
    ),
  },
  'docx/multiple-documents': {
    severity: 'warning',
    title: t('Tệp chứa nhiều văn bản', 'The file holds several documents'),
    description: t(
      'Các văn bản (hoặc mẫu) nối tiếp nhau trong một tệp: không trường nào được gán cho cả tệp; parseDocxDocuments đọc từng văn bản.',
      'Several documents (or templates) follow one another in one file: no field is given to the file as a whole; parseDocxDocuments reads each.',
    ),
  },
});
