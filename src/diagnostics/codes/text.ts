import { defineCodes, t } from '../catalog.js';

/**
 * The text reader's codes, and the recogniser's, which every reader that feeds it lines (text,
 * DOCX, PDF) reports under `text/`.
 */
export const TEXT_CODES = defineCodes({
  'text/legacy-encoding': {
    severity: 'warning',
    title: t('Văn bản dùng bảng mã cũ (TCVN3, VNI)', 'The text uses a legacy encoding (TCVN3, VNI)'),
    description: t(
      'Văn bản được chuyển sang Unicode dựng sẵn theo TCVN 6909:2001 trước khi đọc; Nghị định 30 yêu cầu phông Unicode.',
      'The text was converted to precomposed Unicode (TCVN 6909:2001) before reading; Decree 30 requires Unicode fonts.',
    ),
  },
  'text/legacy-capitals': {
    severity: 'info',
    title: t('Dòng đặt bằng phông chữ hoa TCVN3 (.VnTimeH)', 'A line set in a TCVN3 capitals font (.VnTimeH)'),
    description: t(
      'Phông chữ hoa TCVN3 dùng mã chữ thường cho chữ hoa; dòng được chuyển sang chữ in hoa.',
      'TCVN3 capitals fonts print lower-case codes as capitals; the line was converted to upper case.',
    ),
  },
  'text/detached-mark': {
    severity: 'info',
    title: t('Dấu thanh tách rời khỏi chữ', 'A tone mark detached from its letter'),
    description: t(
      'Bản chép (PDF, OCR) tách dấu thanh ra sau dấu cách; dấu được ghép lại vào chữ trước khi rõ, giữ nguyên khi không rõ.',
      'The copy (PDF, OCR) put a tone mark after a space; it is joined to the letter before it when that is clear, left alone when not.',
    ),
  },
  'text/unassigned': {
    severity: 'info',
    title: t('Đoạn văn bản không thuộc thành phần thể thức nào', 'Text not assigned to any part of the document'),
    description: t(
      'Bộ nhận dạng không xếp được đoạn này vào thành phần nào (tiêu đề trang web, ghi chú, rác của bản chép); nội dung không bị bỏ đi mà được báo ở đây.',
      'The recogniser could not place this text in any part (site chrome, notes, noise of the copy); it is reported here rather than dropped.',
    ),
  },
  'text/kind-assumed': {
    severity: 'info',
    title: t('Không có tên loại nhưng có Kính gửi: công văn', 'No tên loại but a Kính gửi: a công văn'),
    description: t(
      'Không có tên loại, "V/v" hay mã loại trong ký hiệu, nhưng có dòng số và Kính gửi: đó là bố cục của công văn (Mẫu 1.5).',
      'No tên loại, "V/v" or type code in the ký hiệu, but a Số line and a Kính gửi: the layout of a công văn (Mẫu 1.5).',
    ),
  },
  'text/kind-unknown': {
    severity: 'warning',
    title: t('Không biết loại văn bản', 'The kind is not known'),
    description: t(
      'Không có tên loại, "V/v", mã loại trong ký hiệu hay Kính gửi: loại văn bản để trống, không đoán; văn bản không được đánh giá đầy đủ.',
      'No tên loại, "V/v", type code or Kính gửi: the kind is left out, not guessed, and the document cannot be fully judged.',
    ),
  },
  'text/header-missing': {
    severity: 'warning',
    title: t('Không thấy phần đầu văn bản', 'The head of the document was not found'),
    description: t(
      'Không có Quốc hiệu, dòng số hay tên cơ quan: bản sao (trang web, OCR) có thể đã mất phần đầu; các thành phần ở đó không bị coi là thiếu.',
      'No Quốc hiệu, Số line or issuer: the copy (a web page, OCR) may have lost its head; the parts there are not taken as missing.',
    ),
  },
  'text/closing-missing': {
    severity: 'warning',
    title: t('Không thấy phần cuối văn bản', 'The closing part was not found'),
    description: t(
      'Không có chữ ký, nơi nhận hay dòng Lưu: bản sao có thể đã bị cắt; chữ ký, nơi nhận và phần kết của nội dung không bị coi là thiếu.',
      'No signature, Nơi nhận or Lưu line: the copy may have been cut; the signature, the distribution and the end of the body are not taken as missing.',
    ),
  },
  'text/distribution-cell-empty': {
    severity: 'warning',
    title: t('Ô nơi nhận để trống', 'The Nơi nhận cell is empty'),
    description: t(
      'Bảng cuối văn bản có chữ ký ở ô phải nhưng ô trái, nơi đặt "Nơi nhận", để trống: bản sao (trang web) có thể đã bỏ mất; nơi nhận và dòng Lưu không bị coi là thiếu.',
      'The closing table has the signature in its right cell but its left cell, where "Nơi nhận" stands, is empty: the copy (a web page) may have dropped it; the distribution and the Lưu line are not taken as missing.',
    ),
  },
  'text/issuer-missing': {
    severity: 'warning',
    title: t('Không tìm thấy tên cơ quan ban hành', 'The issuing body was not found'),
    description: t(
      'Không có dòng tên cơ quan (ô 2) ở đầu văn bản; bản chép có thể đã mất phần đầu.',
      'No issuer line (ô 2) at the head of the document; the copy may have lost its header.',
    ),
  },
  'text/ocr-type-code': {
    severity: 'info',
    title: t('Sửa lỗi nhận dạng trong ký hiệu', 'OCR confusion repaired in a ký hiệu'),
    description: t(
      'Một mã trong ký hiệu được đọc theo mã của Phụ lục III gần nhất (ví dụ "CD" thành "CĐ" khi loại văn bản cho biết).',
      'A code in the ký hiệu was read as the nearest code of Phụ lục III (e.g. "CD" as "CĐ" when the kind says so).',
    ),
  },
  'text/run-on': {
    severity: 'warning',
    title: t('Văn bản liền một dòng', 'A document run on one line'),
    description: t(
      'Cả văn bản nằm trên một dòng (OCR không phân tích bố cục, chữ chép từ PDF): dòng được cắt trước các dấu hiệu của từng thành phần (Quốc hiệu, Tiêu ngữ, Số, địa danh và ngày tháng, V/v, Kính gửi, các mục, Nơi nhận) để đọc. Vị trí và hình thức chính xác của các thành phần không biết được: trình kiểm tra không xét phần nào (kết luận: chưa đủ).',
      'The whole document stands on one line (OCR without layout analysis, text copied from a PDF): the line is cut before the markers of each part (Quốc hiệu, Tiêu ngữ, Số, the place and date, V/v, Kính gửi, numbered parts, Nơi nhận) to read it. Where the parts stood on the page, and surely how they were written, are not known: the validator judges none of them (verdict incomplete).',
    ),
  },
  'text/ocr-misread': {
    severity: 'info',
    title: t('Chữ bị nhận dạng sai', 'Letters misread'),
    description: t(
      'Một thành phần được nhận ra dù OCR hoặc bản sao làm sai, mất vài chữ ("CpNG HOA XA HOI …", "S6: i04 /…", "1906 ISGDĐT-…"): giá trị đọc được được giữ, hình thức của thành phần không được xét.',
      'A part was recognised although OCR or the copy misread or lost a few of its letters ("CpNG HOA XA HOI …", "S6: i04 /…", "1906 ISGDĐT-…"): the value read is kept, the part’s form is not judged.',
    ),
  },
  'text/number-apart': {
    severity: 'info',
    title: t('Số và ký hiệu nằm cách nhau', 'Number and ký hiệu apart'),
    description: t(
      'Số văn bản được điền vào chỗ trống khi ban hành và bản sao (chữ trích từ PDF đã ký) đặt nó cách xa ký hiệu ("Số: 542" … "/TB-UBND"): hai phần được đọc chung, hình thức dòng Số không được xét.',
      'The number was filled into its blank at issuance and the copy (text extracted from a signed PDF) set it apart from the ký hiệu ("Số: 542" … "/TB-UBND"): both are read together, the Số line\'s form is not judged.',
    ),
  },
  'text/ocr-fragments': {
    severity: 'info',
    title: t('Âm tiết bị tách rời', 'Syllables broken into pieces'),
    description: t(
      'OCR tách một âm tiết thành nhiều mảnh ("Nh ư tr ê n"); các mảnh không có nguyên âm được nối lại thành âm tiết ("Như trên").',
      'OCR broke a syllable into pieces ("Nh ư tr ê n"); pieces without a vowel were joined back into syllables ("Như trên").',
    ),
  },
  'text/ocr-latex': {
    severity: 'info',
    title: t('Đoạn công thức của OCR', 'Math-aware OCR fragments'),
    description: t(
      'OCR nhận dạng công thức đã ghi một chữ cái thành công thức ("$\\mathsf{b}$"): đọc thành chữ cái đó.',
      'A math-aware OCR wrote a letter as a formula ("$\\mathsf{b}$"): read as that letter.',
    ),
  },
  'text/ocr-zero': {
    severity: 'info',
    title: t('Số 0 đọc thành chữ O', 'A zero read as the letter O'),
    description: t(
      'Trong mã chữ (ký hiệu, tên viết tắt), "0" của OCR được đọc là "O".',
      'Inside a letter code (ký hiệu, abbreviation), an OCR "0" was read as "O".',
    ),
  },
  'text/page-number': {
    severity: 'info',
    title: t('Số trang giữa nội dung', 'A page number inside the body'),
    description: t(
      'Số trang nằm giữa hai trang của nội dung; đã bỏ qua và nối đoạn văn bị ngắt.',
      'A page number between two pages of the body; skipped, and the paragraph it split joined.',
    ),
  },
  'text/running-header': {
    severity: 'info',
    title: t('Dòng tiêu đề trang lặp lại', 'A running header repeated inside the body'),
    description: t(
      'Dòng lặp lại ở đầu mỗi trang (tên cơ quan, số văn bản) không phải nội dung; đã bỏ qua.',
      'A line repeated at the top of each page (agency, number) is not body text; skipped.',
    ),
  },
  'text/seal-text': {
    severity: 'info',
    title: t('Chữ trên dấu giữa chức vụ và họ tên', 'The seal’s text between title and name'),
    description: t(
      'Bản chụp in chữ trên con dấu (ô 8) chồng lên khối chữ ký; chữ đó không thuộc chức vụ người ký.',
      'A scan reads the seal’s text (ô 8) over the signature block; it is not part of the signer’s title.',
    ),
  },
  'text/second-title': {
    severity: 'info',
    title: t('Dòng chức vụ thứ hai của người ký', 'A second position line of the signer'),
    description: t(
      'Người đứng đầu ký với cương vị khác ("TRƯỞNG BAN") rồi ghi chức vụ chính thức của mình trên dòng dưới ("PHÓ THỦ TƯỚNG"): chức vụ ký là dòng thứ nhất; dòng thứ hai không có chỗ trong mô hình nên được nêu ra.',
      'A head signs in another capacity ("TRƯỞNG BAN") with his own office on the line under it ("PHÓ THỦ TƯỚNG"): the title is the first line; the second has no place in the model, so it is said.',
    ),
  },
  'text/military-rank': {
    severity: 'info',
    title: t('Quân hàm trước họ tên người ký', 'A military rank before the signer’s name'),
    description: t(
      'Văn bản của lực lượng vũ trang ghi quân hàm trước họ tên người ký ("Thượng tướng Võ Minh Lương"), việc này do người đứng đầu quy định (Phụ lục I, mục I.II.7.b); họ tên được đọc không kèm quân hàm, quân hàm không có chỗ trong mô hình nên được nêu ra.',
      'An armed forces document prints a rank before the signer’s name ("Thượng tướng Võ Minh Lương"), which its head may allow (PL I, I.II.7.b); the name is read without it, and the rank, which has no place in the model, is said.',
    ),
  },
  'text/signature-name-missing': {
    severity: 'warning',
    title: t('Không tìm thấy họ tên người ký', 'The signer’s name was not found'),
    description: t(
      'Khối chữ ký có thẩm quyền và chức vụ nhưng không có họ tên (ô 7c) ở dưới.',
      'The signature block has its authority and title but no name (ô 7c) under them.',
    ),
  },
  'text/invalid-field': {
    severity: 'warning',
    title: t('Không đọc được một trường', 'A field could not be read'),
    description: t(
      'Giá trị đọc được không hợp với mô hình (một ngày không có thật, một số quá lớn); trường bị bỏ trống, không đoán.',
      'The value read does not fit the model (a date that does not exist, a number too large); the field is left out, not guessed.',
    ),
  },
  'text/line-break': {
    severity: 'info',
    title: t('Ký tự ngắt dòng lạ', 'An unusual line break'),
    description: t(
      'U+000B (ngắt dòng thủ công của Word khi dán), U+0085, U+2028 hoặc U+2029 được đọc như một lần xuống dòng. Xuống dòng thường (LF, CR, CRLF) và ngắt trang (U+000C, như pdftotext ghi) không được báo.',
      'U+000B (a pasted Word manual line break), U+0085, U+2028 or U+2029 was read as a line end. Ordinary line ends (LF, CR, CRLF) and page breaks (U+000C, as pdftotext writes them) are not reported.',
    ),
  },
  'text/control-character': {
    severity: 'warning',
    title: t('Ký tự điều khiển trong văn bản', 'A control character in the text'),
    description: t(
      'Ký tự điều khiển C0 hoặc C1 (trừ ngắt dòng và tab) đã bị bỏ: văn bản không có chúng, chỉ bản chép (OCR, bảng mã hỏng của PDF) sinh ra.',
      'A C0 or C1 control character (line ends and tabs aside) was removed: documents hold none; only the copy (OCR, a PDF’s broken character map) makes them.',
    ),
  },
  'text/zero-width': {
    severity: 'info',
    title: t('Ký tự vô hình trong văn bản', 'An invisible character in the text'),
    description: t(
      'BOM (trừ ở đầu tệp, nơi nó chỉ báo bảng mã), dấu cách độ rộng 0, nối từ, gạch nối mềm, ZWNJ, ZWJ (trừ trong chuỗi biểu tượng cảm xúc) và dấu định hướng chữ đã bị bỏ trước khi đọc.',
      'A BOM (except at the start of a file, where it marks the encoding), zero-width space, word joiner, soft hyphen, ZWNJ, ZWJ (except inside an emoji sequence) or direction mark was removed before reading.',
    ),
  },
  'text/special-space': {
    severity: 'info',
    title: t('Dấu cách không ngắt hoặc đặc biệt trong văn bản', 'A no-break or special space in the text'),
    description: t(
      'Dấu cách không ngắt (NBSP) và các dấu cách độ rộng cố định được đọc như dấu cách thường: trang web, Word và PDF dùng chúng để dàn trang (Nghị định 30 thụt lề dòng Nơi nhận bằng NBSP), không phải nội dung.',
      'A no-break space (NBSP) or fixed-width space was read as an ordinary space: web pages, Word and PDF use them for layout (the Decree’s own file indents a Nơi nhận line with NBSPs), not content.',
    ),
  },
  'text/invalid-character': {
    severity: 'warning',
    title: t('Ký tự không hợp lệ trong văn bản', 'An invalid character in the text'),
    description: t(
      'Nửa cặp thay thế UTF-16 đứng một mình được thay bằng U+FFFD; U+FFFE và U+FFFF bị bỏ.',
      'A lone UTF-16 surrogate became U+FFFD; U+FFFE and U+FFFF were removed.',
    ),
  },
});
