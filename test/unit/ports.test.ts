import { describe, expect, it } from 'vitest';
import {
  intersectRanges,
  parseClassicPortList,
  parsePort,
  parsePortSpec,
  PortError,
  subtractRanges,
  unionRanges,
} from '../../src/core/ports.js';
import { range } from '../support/builders.js';

describe('allowlist port values', () => {
  it.each([
    [443, range(443)],
    ['443', range(443)],
    ['32768-60999', range(32768, 60999)],
    [' 8000 - 8100 ', range(8000, 8100)],
    [0, range(0)],
    ['65535', range(65535)],
  ])('reads %j', (value, expected) => {
    expect(parsePortSpec(value)).toEqual(expected);
  });

  it.each([
    [70000, /70000.*outside 0-65535/],
    ['1-70000', /70000 in "1-70000" is outside/],
    ['90-80', /"90-80" is reversed: write "80-90"/],
    ['http', /"http" is not a port or a range/],
    ['80,443', /"80,443" is not a port or a range/],
    [-1, /-1.*outside/],
    [80.5, /80.5.*not a whole number/],
  ])('rejects %j and quotes it', (value, message) => {
    expect(() => parsePortSpec(value)).toThrow(PortError);
    expect(() => parsePortSpec(value)).toThrow(message);
  });
});

describe('Classic port attributes', () => {
  it('reads a list separated by ", "', () => {
    expect(parseClassicPortList('[[80 - 80], [443 - 443]]')).toEqual([range(80), range(443)]);
  });

  it('reads a list with no separator and odd spacing', () => {
    expect(parseClassicPortList('[[500 - 500][1194-1194] [ 4500 - 4500 ]]')).toEqual([range(500), range(1194), range(4500)]);
  });

  it('reads the dynamic range and the empty list', () => {
    expect(parseClassicPortList('[[32768 - 60999]]')).toEqual([range(32768, 60999)]);
    expect(parseClassicPortList('[]')).toEqual([]);
  });

  it.each([
    ['[[80 - 80], junk]', /"junk" where a range/],
    ['80 - 80', /not a list of port ranges/],
    ['[[80 - 70000]]', /70000.*outside/],
    ['[[443 - 80]]', /reversed/],
    ['[[80]]', /"\[80\]" where a range/],
  ])('rejects %j rather than skipping it', (text, message) => {
    expect(() => parseClassicPortList(text)).toThrow(message);
  });

  it('reads a bare PORT value and rejects anything else', () => {
    expect(parsePort('22')).toEqual(range(22));
    expect(() => parsePort('22/tcp')).toThrow('"22/tcp" is not a port number');
  });
});

describe('range arithmetic', () => {
  it('unions overlapping and adjacent ranges into a sorted set', () => {
    expect(unionRanges([range(90, 100), range(80, 85), range(86, 89), range(443)])).toEqual([range(80, 100), range(443)]);
  });

  it('subtracts the allowed part and leaves the rest', () => {
    expect(subtractRanges(range(8000, 8100), [range(8000, 8079)])).toEqual([range(8080, 8100)]);
    expect(subtractRanges(range(1, 10), [range(3, 4), range(7)])).toEqual([range(1, 2), range(5, 6), range(8, 10)]);
    expect(subtractRanges(range(80), [range(1, 1000)])).toEqual([]);
    expect(subtractRanges(range(80, 90), [])).toEqual([range(80, 90)]);
    expect(subtractRanges(range(80, 90), [range(1, 79), range(91, 100)])).toEqual([range(80, 90)]);
  });

  it('intersects within the range only', () => {
    expect(intersectRanges(range(8000, 8100), [range(7000, 8010), range(8090, 9000)])).toEqual([range(8000, 8010), range(8090, 8100)]);
  });
});
