import type { CrossDocumentExamples, RuleExamples } from '../rule-kit/types.js';
import { examples as soTrung } from './nd30/dieu-15/so-trung/examples.js';
import { examples as e1 } from './nd30/dieu-7/loai-van-ban-cu/examples.js';
import { examples as e2 } from './nd30/dieu-8/thanh-phan-chinh/examples.js';
import { examples as e3 } from './nd30/pl1/ban-sao/examples.js';
import { examples as e4 } from './nd30/pl1/can-cu/examples.js';
import { examples as e5 } from './nd30/pl1/chu-ky-so/examples.js';
import { examples as e6 } from './nd30/pl1/co-chu-nhat-quan/examples.js';
import { examples as e7 } from './nd30/pl1/co-chu/examples.js';
import { examples as e8 } from './nd30/pl1/dan-chieu-phu-luc/examples.js';
import { examples as e9 } from './nd30/pl1/danh-so-bo-cuc/examples.js';
import { examples as e10 } from './nd30/pl1/dia-danh/examples.js';
import { examples as e11 } from './nd30/pl1/do-mat-do-khan/examples.js';
import { examples as e12 } from './nd30/pl1/duong-ke/examples.js';
import { examples as e13 } from './nd30/pl1/ho-ten-chuc-vu/examples.js';
import { examples as e14 } from './nd30/pl1/hoc-ham-hoc-vi/examples.js';
import { examples as e15 } from './nd30/pl1/kho-giay-le/examples.js';
import { examples as e16 } from './nd30/pl1/kieu-chu/examples.js';
import { examples as e17 } from './nd30/pl1/kinh-gui-trinh-bay/examples.js';
import { examples as e18 } from './nd30/pl1/kinh-gui/examples.js';
import { examples as e19 } from './nd30/pl1/ky-hieu-cong-van/examples.js';
import { examples as e20 } from './nd30/pl1/luu/examples.js';
import { examples as e21 } from './nd30/pl1/nam-trong-ky-hieu/examples.js';
import { examples as e22 } from './nd30/pl1/ngay-thang/examples.js';
import { examples as e23 } from './nd30/pl1/nhu-tren/examples.js';
import { examples as e24 } from './nd30/pl1/noi-nhan/examples.js';
import { examples as e25 } from './nd30/pl1/phong-chu/examples.js';
import { examples as e26 } from './nd30/pl1/phu-luc/examples.js';
import { examples as e27 } from './nd30/pl1/quoc-hieu-tieu-ngu/examples.js';
import { examples as e28 } from './nd30/pl1/so-ky-hieu/examples.js';
import { examples as e29 } from './nd30/pl1/so-trang/examples.js';
import { examples as e30 } from './nd30/pl1/ten-co-quan/examples.js';
import { examples as e31 } from './nd30/pl1/ten-loai-trich-yeu/examples.js';
import { examples as e32 } from './nd30/pl1/thanh-phan-ban-sao/examples.js';
import { examples as e33 } from './nd30/pl1/thanh-phan-tt01/examples.js';
import { examples as e34 } from './nd30/pl1/tien-to-tham-quyen/examples.js';
import { examples as e35 } from './nd30/pl1/tieu-de-bo-cuc/examples.js';
import { examples as e36 } from './nd30/pl1/trich-dan-ky-hieu/examples.js';
import { examples as e37 } from './nd30/pl1/trich-yeu-cong-van/examples.js';
import { examples as e38 } from './nd30/pl1/trinh-bay-noi-dung/examples.js';
import { examples as e39 } from './nd30/pl1/vi-tri-noi-nhan/examples.js';
import { examples as e40 } from './nd30/pl1/vi-tri-trich-yeu-cong-van/examples.js';
import { examples as e41 } from './nd30/pl3/bien-ban-dia-danh/examples.js';
import { examples as e42 } from './nd30/pl3/dau-ket-thuc/examples.js';
import { examples as e43 } from './nd30/pl3/ma-ten-loai-khong-khop/examples.js';
import { examples as e44 } from './nd30/pl3/ma-ten-loai/examples.js';
import { examples as e45 } from './nd30/pl3/tham-quyen-ban-hanh/examples.js';
import { examples as kySoBanGoc } from './nd30/dieu-5/ky-so-ban-goc/examples.js';
import { examples as kySoBanSao } from './nd30/pl1/ky-so-ban-sao/examples.js';
import { examples as tenNguoiKySo } from './nd30/pl1/ten-nguoi-ky-so/examples.js';
import { examples as thoiGianKySo } from './nd30/pl1/thoi-gian-ky-so/examples.js';

/**
 * Every built-in rule's examples by rule id: for the rule tester, the docs generator and the tests.
 * The package's entry never imports this module, so importing vanban builds no sample document.
 *
 * @module
 */

/** Examples by rule id. */
export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  'nd30/dieu-5/ky-so-ban-goc': kySoBanGoc,
  'nd30/dieu-7/loai-van-ban-cu': e1,
  'nd30/dieu-8/thanh-phan-chinh': e2,
  'nd30/pl1/ban-sao': e3,
  'nd30/pl1/can-cu': e4,
  'nd30/pl1/chu-ky-so': e5,
  'nd30/pl1/co-chu-nhat-quan': e6,
  'nd30/pl1/co-chu': e7,
  'nd30/pl1/dan-chieu-phu-luc': e8,
  'nd30/pl1/danh-so-bo-cuc': e9,
  'nd30/pl1/dia-danh': e10,
  'nd30/pl1/do-mat-do-khan': e11,
  'nd30/pl1/duong-ke': e12,
  'nd30/pl1/ho-ten-chuc-vu': e13,
  'nd30/pl1/hoc-ham-hoc-vi': e14,
  'nd30/pl1/kho-giay-le': e15,
  'nd30/pl1/kieu-chu': e16,
  'nd30/pl1/kinh-gui-trinh-bay': e17,
  'nd30/pl1/kinh-gui': e18,
  'nd30/pl1/ky-hieu-cong-van': e19,
  'nd30/pl1/ky-so-ban-sao': kySoBanSao,
  'nd30/pl1/luu': e20,
  'nd30/pl1/nam-trong-ky-hieu': e21,
  'nd30/pl1/ngay-thang': e22,
  'nd30/pl1/nhu-tren': e23,
  'nd30/pl1/noi-nhan': e24,
  'nd30/pl1/phong-chu': e25,
  'nd30/pl1/phu-luc': e26,
  'nd30/pl1/quoc-hieu-tieu-ngu': e27,
  'nd30/pl1/so-ky-hieu': e28,
  'nd30/pl1/so-trang': e29,
  'nd30/pl1/ten-co-quan': e30,
  'nd30/pl1/ten-nguoi-ky-so': tenNguoiKySo,
  'nd30/pl1/ten-loai-trich-yeu': e31,
  'nd30/pl1/thanh-phan-ban-sao': e32,
  'nd30/pl1/thanh-phan-tt01': e33,
  'nd30/pl1/thoi-gian-ky-so': thoiGianKySo,
  'nd30/pl1/tien-to-tham-quyen': e34,
  'nd30/pl1/tieu-de-bo-cuc': e35,
  'nd30/pl1/trich-dan-ky-hieu': e36,
  'nd30/pl1/trich-yeu-cong-van': e37,
  'nd30/pl1/trinh-bay-noi-dung': e38,
  'nd30/pl1/vi-tri-noi-nhan': e39,
  'nd30/pl1/vi-tri-trich-yeu-cong-van': e40,
  'nd30/pl3/bien-ban-dia-danh': e41,
  'nd30/pl3/dau-ket-thuc': e42,
  'nd30/pl3/ma-ten-loai-khong-khop': e43,
  'nd30/pl3/ma-ten-loai': e44,
  'nd30/pl3/tham-quyen-ban-hanh': e45,
};

/** The cross-document rules' examples by rule id. */
export const CROSS_DOCUMENT_EXAMPLES: Readonly<Record<string, CrossDocumentExamples>> = {
  'nd30/dieu-15/so-trung': soTrung,
};
