import { sampleDocument } from '../../../../rule-kit/samples.js';
import {
  PUBLISHER_SIGNATURE,
  sampleSignature,
  sampleSignatures,
  SIGNER_SIGNATURE,
  ORGANISATION_SIGNATURE,
} from '../../../../rule-kit/signature-samples.js';
import type { RuleExamples } from '../../../../rule-kit/types.js';

const COPY = {
  form: 'sao-y' as const,
  issuer: { name: 'VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' },
  signedAt: '2024-04-10T14:30:15+07:00',
};
const TOP_RIGHT = { x1: 130, y1: 277, x2: 190, y2: 292 };
const copySignature = (appearance: string[], rectMm = TOP_RIGHT) =>
  sampleSignature('Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi', '2024-04-10T14:30:15+07:00', {
    widget: { pageIndex: 0, rectMm, visible: true, appearance },
  });

/** The examples of `nd30/pl1/ky-so-ban-sao`: run by the rule tester and shown on its page; never loaded by the package itself. */
export const examples: RuleExamples = {
  valid: [
    {
      name: 'Bản sao y điện tử: chữ ký số của cơ quan sao ở góc trên bên phải, dòng Mẫu 3.2',
      document: sampleDocument('cong-van', { copy: COPY }),
      signatures: sampleSignatures(
        copySignature(['SAO Y; Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi;', '10/04/2024; 14:30:15 +07:00']),
      ),
    },
    {
      name: 'Bản gốc (không phải bản sao) có dấu của trung tâm công báo: không áp dụng',
      document: sampleDocument(),
      signatures: sampleSignatures(SIGNER_SIGNATURE, ORGANISATION_SIGNATURE, PUBLISHER_SIGNATURE),
    },
  ],
  invalid: [
    {
      name: 'Chữ ký số của cơ quan sao in "Ký bởi … Thời gian ký …" thay cho dòng Mẫu 3.2',
      document: sampleDocument('cong-van', { copy: COPY }),
      signatures: sampleSignatures(
        copySignature(['Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi', 'Thời gian ký: 10/04/2024 14:30:15']),
      ),
      paths: ['copy.signedAt'],
    },
    {
      name: 'Chữ ký số của bản sao đặt ở cuối trang',
      document: sampleDocument('cong-van', { copy: COPY }),
      signatures: sampleSignatures(
        copySignature(['SAO Y; Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi; 10/04/2024; 14:30:15 +07:00'], {
          x1: 120,
          y1: 40,
          x2: 180,
          y2: 55,
        }),
      ),
      paths: ['copy.signedAt'],
    },
    {
      name: 'Bản sao điện tử không có chữ ký số của cơ quan sao',
      document: sampleDocument('cong-van', { copy: COPY }),
      signatures: sampleSignatures(SIGNER_SIGNATURE),
      paths: ['copy.issuer.name'],
    },
  ],
};
