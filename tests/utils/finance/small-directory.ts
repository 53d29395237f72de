import { buildDirectory } from '../../../utils/finance/directory';
import { parseSymbolTable } from '../../../utils/finance/symbol-table';

/** A small directory written for the tests, in the shipped tables' format. */
export const SMALL_TABLE = [
  '# test listings',
  ['600519', 'SH', '贵州茅台', 'Kweichow Moutai', '~茅台|Moutai', 'CSI300', ''],
  ['601857', 'SH', '中国石油', 'PetroChina', '', 'CSI300', ''],
  ['002528', 'SZ', '英飞拓', 'Infinova', '', 'SEED', ''],
  ['600536', 'SH', '中国软件', 'China National Software', '', 'SEED', ''],
  ['601633', 'SH', '长城汽车', 'Great Wall Motor', '~长城', 'CSI300', ''],
  ['000001', 'SZ', '平安银行', 'Ping An Bank', '', 'CSI300', ''],
  ['830799', 'BJ', '艾融软件', 'iSoftStone Fintech', '', 'EXTRA', ''],
  ['00700', 'HK', '腾讯控股', 'Tencent Holdings', '腾讯|Tencent', 'HSI|HSTECH', ''],
  ['01024', 'HK', '快手', 'Kuaishou Technology', '快手-W|Kuaishou', 'HSI|HSTECH', ''],
  ['02318', 'HK', '中国平安', 'Ping An Insurance', '', 'HSI', '601318.SH'],
  ['601318', 'SH', '中国平安', 'Ping An Insurance', 'Ping An', 'CSI300', ''],
  ['00960', 'HK', '龙湖集团', 'Longfor Group', '~龙湖', 'HSI', ''],
  ['601238', 'SH', '广汽集团', 'GAC Group', '广汽', 'CSI300', ''],
  ['09988', 'HK', '阿里巴巴', 'Alibaba Group', 'Alibaba', 'HSI', ''],
  ['BABA', 'US', '阿里巴巴', 'Alibaba', '', 'EXTRA', '09988.HK'],
  ['AAPL', 'US', '苹果', 'Apple', 'Apple Inc.|苹果公司', 'SPX|NDX', ''],
  ['AMZN', 'US', '亚马逊', 'Amazon', 'Amazon.com', 'SPX|NDX', ''],
  ['XOM', 'US', '埃克森美孚', 'Exxon Mobil', 'Exxon|ExxonMobil', 'SPX', ''],
  ['AMD', 'US', '超威半导体', 'AMD', 'Advanced Micro Devices', 'SPX|NDX', ''],
  ['NFLX', 'US', '奈飞', 'Netflix', 'Netflix Inc.', 'SPX|NDX', ''],
  ['BRK.B', 'US', '伯克希尔·哈撒韦', 'Berkshire Hathaway', '', 'SPX', ''],
  ['TGT', 'US', '塔吉特', '~Target', 'Target Corp', 'SPX', ''],
  ['NOW', 'US', '', 'ServiceNow', '', 'SPX', ''],
  ['IT', 'US', '', 'Gartner', '', 'SPX', ''],
  ['ALL', 'US', '', 'Allstate', '', 'SPX', ''],
  ['GOOGL', 'US', '谷歌', 'Alphabet', 'Google', 'SPX|NDX', ''],
  ['GOOG', 'US', '谷歌', 'Alphabet', 'Google', 'SPX|NDX', 'GOOGL'],
  ['JPM', 'US', '摩根大通', 'JPMorgan Chase', 'JPMorgan', 'SPX', ''],
  ['META', 'US', '', 'Meta Platforms', 'Facebook', 'SPX|NDX', ''],
  ['HD', 'US', '家得宝', 'Home Depot', 'The Home Depot', 'SPX', ''],
]
  .map((row) => (Array.isArray(row) ? row.join('\t') : row))
  .join('\n');

export function smallDirectory() {
  const { listings, problems } = parseSymbolTable(SMALL_TABLE);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return buildDirectory(listings);
}
