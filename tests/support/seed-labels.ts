/**
 * What issue 3 states about the 财联社 seed article: its sixteen companies (in the
 * order the article names them) and its dates.
 */
export const SEED_COMPANIES: [name: string, value: string][] = [
  ['英飞拓', '002528.SZ'],
  ['数字政通', '300075.SZ'],
  ['榕基软件', '002474.SZ'],
  ['德生科技', '002908.SZ'],
  ['科创信息', '300730.SZ'],
  ['用友网络', '600588.SH'],
  ['久远银海', '002777.SZ'],
  ['石基信息', '002153.SZ'],
  ['捷成股份', '300182.SZ'],
  ['任子行', '300311.SZ'],
  ['四维图新', '002405.SZ'],
  ['普联软件', '300996.SZ'],
  ['奇安信', '688561.SH'],
  ['北信源', '300352.SZ'],
  ['中国软件', '600536.SH'],
  ['二三四五', '002195.SZ'],
];

export const SEED_DATES = [
  '2022-07-01',
  '2022-04',
  '2025',
  '2035',
  '2024',
  '2022-06-24',
  '2022-06-29',
];
export const SEED_POLICY_DATES = ['2022-04', '2025', '2035'];
