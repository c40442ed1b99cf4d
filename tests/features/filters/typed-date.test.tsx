import { describe, expect, it } from 'vitest';
import { dateOrderOf, formatTypedDate, parseTypedDate } from '../../../src/features/filters/typed-date';

describe('dateOrderOf', () => {
  it.each([
    ['en-US', 'mdy'],
    ['en-GB', 'dmy'],
    ['de-DE', 'dmy'],
    ['sv-SE', 'ymd'],
    ['not a locale!', 'dmy'],
  ])('%s -> %s', (locale, order) => expect(dateOrderOf(locale)).toBe(order));
});

describe('parseTypedDate', () => {
  it.each([
    ['', 'mdy', { kind: 'empty' }],
    ['02142022', 'mdy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['14022022', 'dmy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['20220214', 'mdy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['02/14/2022', 'mdy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['14/02/2022', 'dmy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['14.2.2022', 'dmy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['2022-02-14', 'dmy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['2022-02-1', 'dmy', { kind: 'day', day: '2022-02-01', complete: false }],
    ['14 Feb 2022', 'mdy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['February 14, 2022', 'dmy', { kind: 'day', day: '2022-02-14', complete: true }],
    ['0', 'mdy', { kind: 'invalid' }],
    ['02/14/202', 'mdy', { kind: 'invalid' }],
    ['0214202', 'mdy', { kind: 'invalid' }],
    ['14/02/2022', 'mdy', { kind: 'invalid' }],
    ['2022-02-30', 'dmy', { kind: 'invalid' }],
    ['02/14/0002', 'mdy', { kind: 'invalid' }],
    ['Smarch 3 2022', 'mdy', { kind: 'invalid' }],
  ] as const)('%j in %s', (text, order, expected) => expect(parseTypedDate(text, order)).toEqual(expected));
});

describe('formatTypedDate', () => {
  it.each([
    ['mdy', '02/14/2022'],
    ['dmy', '14/02/2022'],
    ['ymd', '2022-02-14'],
  ] as const)('%s -> %s', (order, text) => expect(formatTypedDate('2022-02-14', order)).toBe(text));
});
