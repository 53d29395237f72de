import { describe, expect, it } from 'vitest';
import { matchPolicyDocs } from '../../../utils/finance/policy-docs';

describe('matchPolicyDocs', () => {
  it('links a short form to the full title through 以下简称', () => {
    const text =
      '国务院印发《关于加强数字政府建设的指导意见》（以下简称《指导意见》）。《指导意见》明确了七方面任务。';
    const docs = matchPolicyDocs(text);
    expect(docs.map((d) => [d.text, d.value, d.shortFor])).toEqual([
      ['《关于加强数字政府建设的指导意见》', '关于加强数字政府建设的指导意见', null],
      ['《指导意见》', '关于加强数字政府建设的指导意见', '指导意见'],
      ['《指导意见》', '关于加强数字政府建设的指导意见', '指导意见'],
    ]);
    expect(text.slice(docs[1]!.start, docs[1]!.end)).toBe('《指导意见》');
  });

  it('links a short form to an earlier title ending with it', () => {
    const docs = matchPolicyDocs('《促进民营经济发展壮大的实施意见》发布后，《实施意见》要求……');
    expect(docs[1]).toMatchObject({
      value: '促进民营经济发展壮大的实施意见',
      shortFor: '实施意见',
    });
  });

  it('leaves unrelated titles alone', () => {
    const docs = matchPolicyDocs('他读了《资本论》和《国富论》。');
    expect(docs.map((d) => [d.value, d.shortFor])).toEqual([
      ['资本论', null],
      ['国富论', null],
    ]);
  });
});
