import { defineCodes, t } from '../catalog.js';

/** The PDF reader's codes: the text layer, what belongs to signatures and annotations, scans. */
export const PDF_CODES = defineCodes({
  'pdf/unmapped-glyphs': {
    severity: 'warning',
    title: t('Ký tự không có mã Unicode', 'Glyphs without a Unicode mapping'),
    description: t(
      'Phông chữ thiếu bảng ToUnicode: các ký tự đó không đọc được, nội dung có thể thiếu chữ.',
      'A font without a ToUnicode table: those glyphs cannot be read, and the text may miss letters.',
    ),
  },
  'pdf/signature-field-text': {
    severity: 'info',
    title: t('Chữ do trường chữ ký số điền vào dòng văn bản', 'Text a signature field fills into a line'),
    description: t(
      'Phần mềm ký số điền số và ngày văn bản qua trường chữ ký đặt trên dòng Số và dòng ngày tháng; chữ đó được đọc như một phần của dòng.',
      'Signing software fills the number and the day in through signature fields set over the Số and date lines; that text is read as part of its line.',
    ),
  },
  'pdf/signature-appearance': {
    severity: 'info',
    title: t('Hình hiển thị của chữ ký số', 'The visible appearance of a digital signature'),
    description: t(
      'Dấu "Ký bởi …", thư điện tử và thời gian ký thuộc chữ ký số, không phải nội dung văn bản: không được đọc vào văn bản.',
      'The "Ký bởi …" stamp, e-mail and signing time belong to the signature, not to the document: they are not read as its text.',
    ),
  },
  'pdf/annotation-text': {
    severity: 'info',
    title: t('Chữ của chú thích không thuộc văn bản', 'Annotation text is not the document’s'),
    description: t(
      'Chú thích (ghi chú, dấu) đặt lên trang không được đọc là nội dung.',
      'Annotations laid on the page (notes, stamps) are not read as the text.',
    ),
  },
  'pdf/rotated-text': {
    severity: 'info',
    title: t('Chữ xoay hoặc dọc không được đọc', 'Rotated or vertical text is not read'),
    description: t(
      'Văn bản hành chính in ngang; chữ xoay thường là dấu hay ghi chú bên lề.',
      'Administrative documents print horizontally; rotated text is usually a stamp or a margin note.',
    ),
  },
  'pdf/ocr-text-layer': {
    severity: 'info',
    title: t('Ảnh quét có lớp chữ ẩn', 'A scan with an invisible text layer'),
    description: t(
      'Nội dung đọc từ lớp chữ do phần mềm nhận dạng tạo ra; lỗi nhận dạng có thể còn.',
      'The text is read from the layer OCR software made; its recognition errors may remain.',
    ),
  },
  'pdf/hidden-text': {
    severity: 'warning',
    title: t('Chữ ẩn không được đọc', 'Hidden text is not read'),
    description: t(
      'Chữ không hiển thị hoặc màu trắng không phải là chữ người đọc thấy.',
      'Invisible or white text is not what a reader sees.',
    ),
  },
  'pdf/ocr-failed': {
    severity: 'warning',
    title: t('Hàm OCR không đọc được trang', 'The OCR function failed on a page'),
    description: t(
      'Hàm nhận dạng chữ do người dùng cung cấp báo lỗi; trang đó không được đọc.',
      'The OCR function given by the caller failed; that page is not read.',
    ),
  },
  'pdf/running-header': {
    severity: 'info',
    title: t('Dòng lặp lại ở đầu hoặc chân trang', 'A line repeated at the top or foot of pages'),
    description: t(
      'Tiêu đề trang, chân trang lặp lại không phải nội dung; không được đọc vào văn bản.',
      'Running headers and footers are not body text; they are not read into the document.',
    ),
  },
  'pdf/multiple-documents': {
    severity: 'warning',
    title: t('Tệp chứa nhiều văn bản', 'The file holds several documents'),
    description: t(
      'Các văn bản hoặc mẫu nối tiếp nhau: không văn bản nào được gán cho cả tệp.',
      'Documents or templates one after another: none is given to the file as a whole.',
    ),
  },
  'pdf/no-text-layer': {
    severity: 'error',
    title: t('Tệp không có lớp chữ (ảnh quét)', 'No text layer (a scan)'),
    description: t(
      'Trang chỉ là ảnh: không đọc được chữ nào nếu không có OCR (tùy chọn `ocr`); văn bản không được đánh giá.',
      'The pages are images only: no text can be read without OCR (the `ocr` option); the document is not judged.',
    ),
  },
  'pdf/partial-text-layer': {
    severity: 'warning',
    title: t('Một số trang không có lớp chữ', 'Some pages have no text layer'),
    description: t(
      'Các trang quét đó không được đọc, trừ khi có OCR.',
      'Those scanned pages are not read, unless OCR is given.',
    ),
  },
  'pdf/bottom-margin-estimated': {
    severity: 'info',
    title: t('Lề dưới ước lượng', 'Bottom margin estimated'),
    description: t(
      'Lề dưới chỉ đo được trên một trang đầy; không trang nào đầy, nên lấy theo lề trên.',
      'The bottom margin shows only on a full page; none is full, so it is taken from the top margin.',
    ),
  },
  'pdf/ocr': {
    severity: 'info',
    title: t('Trang được đọc bằng OCR', 'Pages read by OCR'),
    description: t(
      'Chữ của các trang đó đến từ hàm nhận dạng chữ do người dùng cung cấp.',
      'The text of those pages comes from the caller’s OCR function.',
    ),
  },
  'pdf/structure': {
    severity: 'warning',
    title: t('Cấu trúc tệp PDF có lỗi', 'The PDF’s structure is damaged'),
    description: t(
      'Bảng tham chiếu hoặc đối tượng hỏng; tệp được đọc bằng cách dò lại.',
      'A broken cross-reference table or object; the file is read by scanning it again.',
    ),
  },
  'pdf/signature-byte-range-malformed': {
    severity: 'error',
    title: t('/ByteRange không đúng quy cách', 'A malformed /ByteRange'),
    description: t(
      'Vùng được ký phải bắt đầu từ 0, bỏ đúng chuỗi /Contents và nằm trong tệp.',
      'The signed range starts at 0, leaves out exactly the /Contents string and stays inside the file.',
    ),
  },
  'pdf/signature-contents-invalid': {
    severity: 'error',
    title: t('/Contents không hợp lệ', 'An invalid /Contents'),
    description: t('Giá trị chữ ký phải là chuỗi thập lục phân.', 'The signature value must be a hexadecimal string.'),
  },
  'pdf/signature-cms-unreadable': {
    severity: 'error',
    title: t('Không đọc được dữ liệu CMS', 'The CMS data cannot be read'),
    description: t(
      'Chữ ký không phải cấu trúc CMS/PKCS#7 đọc được.',
      'The signature is not a readable CMS/PKCS#7 structure.',
    ),
  },
  'pdf/signature-cms-trailing-data': {
    severity: 'warning',
    title: t('Có dữ liệu sau CMS', 'Data after the CMS'),
    description: t(
      'Sau dữ liệu CMS trong /Contents chỉ được là các byte 0.',
      'Only zero bytes may follow the CMS data in /Contents.',
    ),
  },
  'pdf/signature-signer-missing': {
    severity: 'error',
    title: t('Thiếu chứng thư số của người ký', 'The signer’s certificate is missing'),
    description: t(
      'Không có chứng thư thì không biết ai ký và không kiểm tra được chữ ký.',
      'Without the certificate the signer is unknown and the signature cannot be checked.',
    ),
  },
  'pdf/signature-digest-mismatch': {
    severity: 'error',
    title: t('Tệp đã bị sửa sau khi ký', 'The file was changed after signing'),
    description: t(
      'Giá trị băm của phần được ký không khớp giá trị đã ký.',
      'The digest of the signed bytes does not match the signed digest.',
    ),
  },
  'pdf/signature-signature-invalid': {
    severity: 'error',
    title: t('Chữ ký không hợp lệ', 'The signature does not verify'),
    description: t(
      'Chữ ký không khớp khóa công khai của người ký.',
      'The signature does not verify with the signer’s public key.',
    ),
  },
  'pdf/signature-not-verifiable': {
    severity: 'warning',
    title: t('Không kiểm tra được chữ ký', 'The signature could not be checked'),
    description: t(
      'Thuật toán hoặc dữ liệu không cho phép kiểm tra; chữ ký không được coi là hợp lệ.',
      'An algorithm or the data does not allow the check; the signature is not taken as valid.',
    ),
  },
  'pdf/signature-without-field': {
    severity: 'info',
    title: t('Chữ ký không thuộc trường nào', 'A signature without a field'),
    description: t(
      'Không trường chữ ký nào của biểu mẫu trỏ tới từ điển chữ ký này.',
      'No signature field of the form points to this signature dictionary.',
    ),
  },
  'pdf/signature-in-object-stream': {
    severity: 'warning',
    title: t('Từ điển chữ ký nằm trong luồng đối tượng', 'A signature dictionary inside an object stream'),
    description: t(
      'Vị trí byte của /Contents không kiểm tra được trực tiếp.',
      'The byte offsets of its /Contents cannot be checked directly.',
    ),
  },
  'pdf/signature-superseded': {
    severity: 'info',
    title: t('Phiên bản cũ của từ điển chữ ký', 'An older version of a signature dictionary'),
    description: t(
      'Một lần cập nhật sau đã thay từ điển chữ ký này.',
      'A later update replaced this signature dictionary.',
    ),
  },
  'pdf/signature-earlier-revision': {
    severity: 'info',
    title: t('Chữ ký phủ một phiên bản trước của tệp', 'A signature covers an earlier revision'),
    description: t(
      'Các chữ ký sau (của tổ chức, của trung tâm công bố) được thêm bằng cập nhật nối tiếp; chữ ký này vẫn đúng với phiên bản nó ký.',
      'Later signatures (the organisation’s, the publishing centre’s) were added as incremental updates; this one still holds for the revision it signs.',
    ),
  },
  'pdf/signature-partial-coverage': {
    severity: 'warning',
    title: t('Chữ ký chỉ phủ một phần tệp', 'A signature covers part of the file only'),
    description: t(
      'Vùng được ký không kết thúc ở cuối một phiên bản của tệp.',
      'The signed range does not end at the end of a revision of the file.',
    ),
  },
  'pdf/signature-unsigned-changes': {
    severity: 'warning',
    title: t('Có thay đổi sau chữ ký cuối', 'Changes after the last signature'),
    description: t(
      'Các byte thêm vào sau chữ ký cuối cùng không được ký.',
      'Bytes added after the last signature are not signed.',
    ),
  },
  'pdf/signature-times-disagree': {
    severity: 'info',
    title: t('Hai thời điểm ký không khớp', 'The signing times disagree'),
    description: t(
      'Thời điểm ký trong /M và trong CMS khác nhau (một số phần mềm ghi giờ Việt Nam là giờ UTC).',
      'The signing times in /M and in the CMS differ (some software writes Vietnam time labelled UTC).',
    ),
  },
  'pdf/signature-certificate-not-valid-at-signing': {
    severity: 'warning',
    title: t('Chứng thư số hết hiệu lực khi ký', 'The certificate was not valid at signing'),
    description: t(
      'Thời điểm ký nằm ngoài thời hạn của chứng thư số người ký.',
      'The signing time is outside the signer certificate’s validity.',
    ),
  },
  'pdf/signature-not-trusted': {
    severity: 'warning',
    title: t('Không xác thực được chuỗi tin cậy', 'No chain to a trusted root'),
    description: t(
      'Không chuỗi chứng thư nào tới được một gốc tin cậy do người dùng cung cấp.',
      'No certificate chain reaches a root the caller trusts.',
    ),
  },
  'pdf/signature-trusted-root-unreadable': {
    severity: 'warning',
    title: t('Không đọc được một gốc tin cậy', 'A trusted root cannot be read'),
    description: t(
      'Một chứng thư gốc đưa vào không phải DER hay PEM đọc được.',
      'A root given is not readable DER or PEM.',
    ),
  },
  'pdf/signature-several-signers': {
    severity: 'info',
    title: t('CMS có nhiều người ký', 'Several signers in one CMS'),
    description: t('Chỉ SignerInfo đầu tiên được kiểm tra.', 'Only the first SignerInfo is checked.'),
  },
});
