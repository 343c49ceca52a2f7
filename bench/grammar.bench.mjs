import { formatPlaceDate, parseNumberNotation, parsePlaceDate } from '../dist/index.js';
import { opsPerSecond, round } from './lib.mjs';

export default {
  title: 'Grammar (number/notation, place/date)',
  async run() {
    return [
      {
        name: 'parseNumberNotation',
        value: round(opsPerSecond(() => parseNumberNotation('Số: 1719/UBND-KGVX'))),
        unit: 'calls/s',
      },
      {
        name: 'parsePlaceDate',
        value: round(opsPerSecond(() => parsePlaceDate('Quảng Ngãi, ngày 09 tháng 4 năm 2024'))),
        unit: 'calls/s',
      },
      {
        name: 'formatPlaceDate',
        value: round(opsPerSecond(() => formatPlaceDate('Quảng Ngãi', '2024-04-09'))),
        unit: 'calls/s',
      },
    ];
  },
};
