import { describe, expect, it } from 'vitest';
import { createAtkomstloggWriter, type AtkomstloggRow } from './atkomstloggWriter.js';

function row(requestId: string, patient = '191212121212'): AtkomstloggRow {
  return {
    request_id: requestId,
    operation: null,
    anvandare: 'SE2321000131-P000000000042',
    organisation_hsa_id: 'SE2321000131-E000000000001',
    anvandarens_huvudman: 'VGR',
    roller: 'vardpersonal',
    patient,
    data_huvudman: 'VGR',
    informationskategorier: 'listning',
    atgard: 'LASNING',
    grund: 'SAMTYCKE',
    nodatkomst_anledning: null,
    resultat: 'TILLATEN',
    granskas_sarskilt: false,
  };
}

/** An insert that holds each statement until released, recording what it was given. */
function heldInsert(failWhen: (rows: readonly AtkomstloggRow[]) => boolean = () => false) {
  const statements: string[][] = [];
  const pending: (() => void)[] = [];
  const insert = (rows: readonly AtkomstloggRow[]) =>
    new Promise<void>((resolve, reject) => {
      statements.push(rows.map((candidate) => candidate.request_id));
      pending.push(() => (failWhen(rows) ? reject(new Error('check constraint')) : resolve()));
    });
  const releaseAll = async () => {
    while (pending.length > 0) {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { insert, statements, releaseAll };
}

describe('the access-log writer', () => {
  it('writes alone when idle, and together what arrives while a statement is in flight', async () => {
    const held = heldInsert();
    const writer = createAtkomstloggWriter(held.insert);
    const first = writer.write([row('r1')]);
    const later = [writer.write([row('r2')]), writer.write([row('r3'), row('r3', '195005050512')]), writer.write([row('r4')])];
    await held.releaseAll();
    await Promise.all([first, ...later]);
    expect(held.statements).toEqual([['r1'], ['r2', 'r3', 'r3', 'r4']]);
  });

  it('answers no request before its own rows are committed', async () => {
    const held = heldInsert();
    const writer = createAtkomstloggWriter(held.insert);
    let done = false;
    const writing = writer.write([row('r1')]).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    await held.releaseAll();
    await writing;
    expect(done).toBe(true);
  });

  it('retries a failed batch request by request, so only the request with the bad row fails', async () => {
    const held = heldInsert((rows) => rows.some((candidate) => candidate.request_id === 'bad'));
    const writer = createAtkomstloggWriter(held.insert);
    const first = writer.write([row('r1')]);
    const good = writer.write([row('r2')]);
    const bad = writer.write([row('bad')]);
    const alsoGood = writer.write([row('r3')]);
    const settled = Promise.allSettled([first, good, bad, alsoGood]);
    await held.releaseAll();
    expect((await settled).map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(held.statements).toEqual([['r1'], ['r2', 'bad', 'r3'], ['r2'], ['bad'], ['r3']]);
  });
});
