import { describe, expect, it } from 'vitest';
import { forsenadeFilter } from './forsenadeFilter.js';

describe('forsenadeFilter', () => {
  it('asks for the county, the vårdsamverkansområde or the närområde chosen, and nothing before an area is chosen', () => {
    expect(forsenadeFilter('LANSGEMENSAM', null)).toEqual({});
    expect(forsenadeFilter('DELREGIONAL', 'goteborgsomradet')).toEqual({ vardsamverkansomradeId: 'goteborgsomradet' });
    expect(forsenadeFilter('LOKAL', '1480-angered')).toEqual({ naromradeId: '1480-angered' });
    expect(forsenadeFilter('LOKAL', null)).toBeNull();
  });
});
