import { describe, expect, it } from 'vitest';
import { SubgraphCircuit } from './subgraphCircuit.js';

function circuitAt(clock: { now: number }) {
  return new SubgraphCircuit({ failureThreshold: 3, openMs: 1_000, now: () => clock.now });
}

describe('SubgraphCircuit', () => {
  it('lets every fetch go while fewer timeouts than the threshold come in a row', () => {
    const circuit = circuitAt({ now: 0 });
    circuit.timedOut();
    circuit.timedOut();
    circuit.answered();
    circuit.timedOut();
    circuit.timedOut();
    expect(circuit.admit()).toBe(true);
    expect(circuit.state).toBe('closed');
  });

  it('fails fetches fast after the threshold of timeouts in a row, until the open time is over', () => {
    const clock = { now: 0 };
    const circuit = circuitAt(clock);
    for (let index = 0; index < 3; index += 1) circuit.timedOut();
    expect(circuit.admit()).toBe(false);
    clock.now = 999;
    expect(circuit.admit()).toBe(false);
  });

  it('then lets one probe go, and closes when it is answered', () => {
    const clock = { now: 0 };
    const circuit = circuitAt(clock);
    for (let index = 0; index < 3; index += 1) circuit.timedOut();
    clock.now = 1_000;
    expect(circuit.admit()).toBe(true);
    expect(circuit.admit()).toBe(false);
    circuit.answered();
    expect(circuit.admit()).toBe(true);
    expect(circuit.state).toBe('closed');
  });

  it('opens again for the whole open time when the probe times out or fails', () => {
    const clock = { now: 0 };
    const circuit = circuitAt(clock);
    for (let index = 0; index < 3; index += 1) circuit.timedOut();
    clock.now = 1_000;
    expect(circuit.admit()).toBe(true);
    circuit.timedOut();
    clock.now = 1_999;
    expect(circuit.admit()).toBe(false);
    clock.now = 2_000;
    expect(circuit.admit()).toBe(true);
    circuit.failed();
    expect(circuit.state).toBe('open');
  });

  it('is not opened by failures other than timeouts (a refused connection already fails fast)', () => {
    const circuit = circuitAt({ now: 0 });
    for (let index = 0; index < 5; index += 1) circuit.failed();
    expect(circuit.admit()).toBe(true);
  });
});
