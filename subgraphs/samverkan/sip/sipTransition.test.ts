import { describe, it, expect } from 'vitest';
import type { SipHandling, SipStatus } from '../generated/resolvers.js';
import { oppnaSipStatus, sipForsenad, sipRegler, sipTransition } from './sipTransition.js';

const today = '2026-11-01';
const allStatus: SipStatus[] = [...oppnaSipStatus, 'AVSLUTAD'];
const allHandling = Object.keys(sipRegler) as SipHandling[];

function step(status: SipStatus, handling: SipHandling, nastaUppfoljning: string | null = '2026-12-01', kommentar: string | null = null) {
  return sipTransition({ status, nastaUppfoljning: status === 'AVSLUTAD' ? null : '2026-11-15' }, { handling, nastaUppfoljning, kommentar }, today);
}

function reasonOf(result: ReturnType<typeof sipTransition>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal.extensions;
}

describe('sipTransition', () => {
  it('walks the whole process: behov upptäckt → förberedd → kallad → möte hållet → uppföljning (twice) → avslutad', () => {
    const walk: [SipStatus, SipHandling, SipStatus][] = [
      ['BEHOV_UPPTACKT', 'FORBERED', 'FORBEREDD'],
      ['FORBEREDD', 'KALLA', 'KALLAD'],
      ['KALLAD', 'HALL_MOTE', 'MOTE_HALLET'],
      ['MOTE_HALLET', 'FOLJ_UPP', 'UPPFOLJNING'],
      ['UPPFOLJNING', 'FOLJ_UPP', 'UPPFOLJNING'],
      ['UPPFOLJNING', 'AVSLUTA', 'AVSLUTAD'],
    ];
    for (const [fran, handling, till] of walk) {
      const result = step(fran, handling);
      expect(result.ok, `${handling} from ${fran}`).toBe(true);
      if (result.ok) expect(result.overgang).toMatchObject({ franStatus: fran, tillStatus: till });
    }
  });

  it('allows exactly the listed steps from each status; every other is TRANSITION_NOT_ALLOWED', () => {
    const allowed = new Set([
      'BEHOV_UPPTACKT:FORBERED', 'FORBEREDD:KALLA', 'KALLAD:HALL_MOTE', 'MOTE_HALLET:FOLJ_UPP', 'UPPFOLJNING:FOLJ_UPP',
      ...oppnaSipStatus.map((status) => `${status}:AVSLUTA`),
    ]);
    for (const status of allStatus) {
      for (const handling of allHandling) {
        const result = step(status, handling);
        if (allowed.has(`${status}:${handling}`)) expect(result.ok, `${status}:${handling}`).toBe(true);
        else expect(reasonOf(result), `${status}:${handling}`).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRANSITION_NOT_ALLOWED' });
      }
    }
  });

  it('HALL_MOTE needs a follow-up date that is not in the past (today is fine)', () => {
    expect(reasonOf(step('KALLAD', 'HALL_MOTE', null))).toMatchObject({ reason: 'DATE_MISSING', field: 'input.nastaUppfoljning' });
    expect(reasonOf(step('KALLAD', 'HALL_MOTE', '2026-10-31'))).toMatchObject({ reason: 'DATE_INVALID' });
    const result = step('KALLAD', 'HALL_MOTE', today);
    expect(result.ok && result.overgang).toMatchObject({ nastaUppfoljning: today, uppfoljning: null });
  });

  it('FOLJ_UPP records a follow-up held today with the comment and needs a next date after today', () => {
    expect(reasonOf(step('MOTE_HALLET', 'FOLJ_UPP', null))).toMatchObject({ reason: 'DATE_MISSING' });
    expect(reasonOf(step('MOTE_HALLET', 'FOLJ_UPP', today))).toMatchObject({ reason: 'DATE_INVALID' });
    const result = step('UPPFOLJNING', 'FOLJ_UPP', '2027-02-01', 'Insatserna fungerar');
    expect(result.ok && result.overgang).toEqual({
      franStatus: 'UPPFOLJNING',
      tillStatus: 'UPPFOLJNING',
      nastaUppfoljning: '2027-02-01',
      uppfoljning: { datum: today, kommentar: 'Insatserna fungerar' },
    });
  });

  it('keeps the follow-up date on steps that need none, and AVSLUTA clears it', () => {
    const forbered = step('BEHOV_UPPTACKT', 'FORBERED', null);
    expect(forbered.ok && forbered.overgang.nastaUppfoljning).toBe('2026-11-15');
    const avsluta = step('KALLAD', 'AVSLUTA', '2027-01-01');
    expect(avsluta.ok && avsluta.overgang).toMatchObject({ tillStatus: 'AVSLUTAD', nastaUppfoljning: null, uppfoljning: null });
  });

  it('refuses a comment holding a personnummer, before anything else', () => {
    expect(reasonOf(step('AVSLUTAD', 'FOLJ_UPP', null, 'Gäller 19121212-1212'))).toMatchObject({ reason: 'TEXT_CONTAINS_PERSONNUMMER', field: 'input.kommentar' });
  });
});

describe('sipForsenad', () => {
  it('is true only for an open SIP whose follow-up date is before today', () => {
    expect(sipForsenad({ status: 'UPPFOLJNING', nastaUppfoljning: '2026-10-31' }, today)).toBe(true);
    expect(sipForsenad({ status: 'UPPFOLJNING', nastaUppfoljning: today }, today)).toBe(false);
    expect(sipForsenad({ status: 'KALLAD', nastaUppfoljning: null }, today)).toBe(false);
    expect(sipForsenad({ status: 'AVSLUTAD', nastaUppfoljning: '2026-01-01' }, today)).toBe(false);
  });
});
