/** Dates against the publication date: weekdays in the past unless the verb looks ahead, with the reasoning. */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/time.js';

const read = (sentence: string, published = '2022-09-14') =>
  findTimes(sentence, published, 'UTC').map(({ text, from, to, precision, future }) => ({ text, from, to, precision, future }));

describe('dates', () => {
  it('reads a weekday as the last one, not the coming one', () => {
    // 14 September 2022 is a Wednesday: "Monday" is the 12th, not the 19th.
    expect(read('Fighting broke out on Monday.')[0]).toMatchObject({ from: '2022-09-12', precision: 'DAY', future: false });
    expect(read('The ministry said on Wednesday that two died.')[0]).toMatchObject({ from: '2022-09-14' });
  });

  it('reads a weekday ahead when the verb looks ahead', () => {
    expect(read('The mission is due to arrive in Yerevan on Thursday.')[0]).toMatchObject({ from: '2022-09-15', future: true });
    expect(read('Talks will resume on Monday.')[0]).toMatchObject({ from: '2022-09-19', future: true });
  });

  it('spans a night into the next day and says so', () => {
    const [night] = findTimes('Fighting that broke out on Monday night ended.', '2022-09-14', 'UTC');
    expect(night).toMatchObject({ from: '2022-09-12', to: '2022-09-13' });
    expect(night?.note).toMatch(/Monday 12 September 2022.*13 September 2022/);
  });

  it.each([
    ['The last stage took place in 2020.', '2022-09-14', { from: '2020', precision: 'YEAR' }],
    ['The bloodiest clashes took place in 1988-1994.', '2022-09-14', { from: '1988', to: '1994', precision: 'YEAR' }],
    ['The deal was signed in November 2020.', '2022-09-14', { from: '2020-11', precision: 'MONTH' }],
    ['Talks began on Sept. 13 in Geneva.', '2022-09-14', { from: '2022-09-13', precision: 'DAY' }],
    ['The fighting began on Sept. 27.', '2020-11-10', { from: '2020-09-27', precision: 'DAY' }],
    ['It happened two years ago.', '2022-09-14', { from: '2020', precision: 'YEAR' }],
    ['The border was calm yesterday.', '2022-09-14', { from: '2022-09-13', precision: 'DAY' }],
  ])('%s (report of %s)', (sentence, published, expected) => {
    expect(read(sentence, published)[0]).toMatchObject(expected);
  });

  it('does not take a wire story’s dateline for the day something happened', () => {
    expect(read('BAKU, Sept 15 (Reuters) - Azerbaijan said its forces held their positions.', '2022-09-15')).toEqual([]);
  });
});
