import { describe, expect, it } from 'vitest';
import { deadlineFrom, deadlineHeader, fetchBudgetMs, readGatewayWaits } from './requestDeadline.js';

describe('fetchBudgetMs', () => {
  it("waits the subgraph's timeout while the request has more time left", () => {
    expect(fetchBudgetMs(1_000, 20_000, 10_000)).toBe(10_000);
  });

  it("waits only what is left of the request's deadline, in whole milliseconds", () => {
    expect(fetchBudgetMs(1_000, 4_500.7, 10_000)).toBe(3_500);
  });

  it('has nothing left once the deadline has passed', () => {
    expect(fetchBudgetMs(5_000, 4_000, 10_000)).toBe(0);
  });

  it("waits the subgraph's timeout for a fetch without a deadline", () => {
    expect(fetchBudgetMs(5_000, undefined, 7_000)).toBe(7_000);
  });
});

describe('deadlineFrom', () => {
  it('reads the deadline a data source wrote, and nothing else', () => {
    expect(deadlineFrom({ [deadlineHeader]: '1700000000000' })).toBe(1_700_000_000_000);
    expect(deadlineFrom({})).toBeUndefined();
    expect(deadlineFrom({ [deadlineHeader]: 'soon' })).toBeUndefined();
  });
});

describe('readGatewayWaits', () => {
  const names = ['vgr', 'kommun', 'samverkan'];

  it('waits seconds, not a minute, by default', () => {
    expect(readGatewayWaits({}, names)).toEqual({ subgraphTimeoutsMs: { vgr: 10_000, kommun: 10_000, samverkan: 10_000 }, requestDeadlineMs: 15_000 });
  });

  it("takes one timeout for every subgraph, and a subgraph's own where it is set", () => {
    const waits = readGatewayWaits({ GATEWAY_SUBGRAPH_TIMEOUT_MS: '3000', KOMMUN_TIMEOUT_MS: '1500', GATEWAY_REQUEST_DEADLINE_MS: '4000' }, names);
    expect(waits).toEqual({ subgraphTimeoutsMs: { vgr: 3_000, kommun: 1_500, samverkan: 3_000 }, requestDeadlineMs: 4_000 });
  });

  it('refuses a wait that cannot work, naming the variable', () => {
    expect(() => readGatewayWaits({ GATEWAY_REQUEST_DEADLINE_MS: '5s' }, names)).toThrow(/GATEWAY_REQUEST_DEADLINE_MS/);
    expect(() => readGatewayWaits({ VGR_TIMEOUT_MS: '0' }, names)).toThrow(/VGR_TIMEOUT_MS/);
  });
});
