import { describe, it, expect } from 'vitest';
import type { AvvikelseHandling, AvvikelseStatus, SystemfelNiva } from '../generated/resolvers.js';
import { avvikelseTransition, mojligaHandlingar, sidaFor, type AvvikelseSida, type AvvikelseSteg } from './avvikelseTransition.js';

const statusar: AvvikelseStatus[] = ['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD', 'AVSLUTAD', 'AVVISAD'];
const handlingar: AvvikelseHandling[] = ['TA_EMOT', 'PABORJA_UTREDNING', 'MARKERA_ATGARDAD', 'ATERKOPPLA', 'AVSLUTA', 'AVVISA', 'LYFT_SOM_SYSTEMFEL'];
const sidor: AvvikelseSida[] = ['RAPPORTERANDE', 'MOTTAGANDE', 'INGEN'];
const nivaer: (SystemfelNiva | null)[] = [null, 'NOSAM', 'DELREGIONAL'];

// The table, written out independently of the implementation: [from statuses, to (null = unchanged), side].
const expected: Record<AvvikelseHandling, [AvvikelseStatus[], AvvikelseStatus | null, AvvikelseSida[]]> = {
  TA_EMOT: [['RAPPORTERAD'], 'MOTTAGEN', ['MOTTAGANDE']],
  PABORJA_UTREDNING: [['MOTTAGEN'], 'UNDER_UTREDNING', ['MOTTAGANDE']],
  MARKERA_ATGARDAD: [['UNDER_UTREDNING'], 'ATGARDAD', ['MOTTAGANDE']],
  ATERKOPPLA: [['ATGARDAD'], 'ATERKOPPLAD', ['MOTTAGANDE']],
  AVSLUTA: [['ATERKOPPLAD'], 'AVSLUTAD', ['RAPPORTERANDE']],
  AVVISA: [['RAPPORTERAD', 'MOTTAGEN'], 'AVVISAD', ['MOTTAGANDE']],
  LYFT_SOM_SYSTEMFEL: [['RAPPORTERAD', 'MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD', 'ATERKOPPLAD'], null, ['RAPPORTERANDE', 'MOTTAGANDE']],
};

function refusal(result: ReturnType<typeof avvikelseTransition>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.overgang)}`);
  return result.refusal.extensions;
}

describe('avvikelseTransition, every handling × status × side × systemfel level', () => {
  const cases = handlingar.flatMap((handling) =>
    statusar.flatMap((status) => sidor.flatMap((sida) => nivaer.map((niva) => [handling, status, sida, niva] as const))),
  );

  it.each(cases)('%s from %s by %s (systemfel %s)', (handling, status, sida, niva) => {
    const [fran, till, allowedSides] = expected[handling];
    const nyNiva: SystemfelNiva = niva === null ? 'NOSAM' : 'DELREGIONAL';
    const steg: AvvikelseSteg = { handling, sida, kommentar: 'En kommentar om vad som gjorts.', systemfelNiva: handling === 'LYFT_SOM_SYSTEMFEL' ? nyNiva : null };
    const result = avvikelseTransition({ status, systemfelNiva: niva }, steg);

    if (!allowedSides.includes(sida)) {
      expect(refusal(result)).toMatchObject({ code: 'FORBIDDEN' });
      return;
    }
    if (!fran.includes(status)) {
      expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRANSITION_NOT_ALLOWED', field: 'input.handling' });
      return;
    }
    if (handling === 'LYFT_SOM_SYSTEMFEL' && niva === 'DELREGIONAL') {
      // Already at the top: cannot be lifted again.
      expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRANSITION_NOT_ALLOWED', field: 'input.systemfelNiva' });
      return;
    }
    expect(result).toEqual({
      ok: true,
      overgang: {
        franStatus: status,
        tillStatus: till ?? status,
        systemfelNiva: handling === 'LYFT_SOM_SYSTEMFEL' ? nyNiva : niva,
        avvisadAnledning: handling === 'AVVISA' ? 'En kommentar om vad som gjorts.' : null,
        satterMottagenTid: handling === 'TA_EMOT',
        satterAterkoppladTid: handling === 'ATERKOPPLA',
      },
    });
  });
});

describe('avvikelseTransition, inputs', () => {
  it.each<[AvvikelseHandling, AvvikelseStatus]>([
    ['ATERKOPPLA', 'ATGARDAD'],
    ['AVVISA', 'RAPPORTERAD'],
    ['AVVISA', 'MOTTAGEN'],
  ])('%s from %s needs a comment', (handling, status) => {
    for (const kommentar of [null, '']) {
      expect(refusal(avvikelseTransition({ status, systemfelNiva: null }, { handling, sida: 'MOTTAGANDE', kommentar, systemfelNiva: null }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TEXT_EMPTY',
        field: 'input.kommentar',
      });
    }
  });

  it('takes the other steps without a comment', () => {
    expect(avvikelseTransition({ status: 'RAPPORTERAD', systemfelNiva: null }, { handling: 'TA_EMOT', sida: 'MOTTAGANDE', kommentar: null, systemfelNiva: null }).ok).toBe(true);
    expect(avvikelseTransition({ status: 'ATERKOPPLAD', systemfelNiva: null }, { handling: 'AVSLUTA', sida: 'RAPPORTERANDE', kommentar: null, systemfelNiva: null }).ok).toBe(true);
  });

  it('needs a level to lift as a systemfel', () => {
    expect(
      refusal(avvikelseTransition({ status: 'MOTTAGEN', systemfelNiva: null }, { handling: 'LYFT_SOM_SYSTEMFEL', sida: 'RAPPORTERANDE', kommentar: null, systemfelNiva: null })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SYSTEMFEL_NIVA_MISSING', field: 'input.systemfelNiva' });
  });

  it('raises NOSAM to DELREGIONAL but never lowers or repeats a level', () => {
    const lift = (from: SystemfelNiva | null, to: SystemfelNiva) =>
      avvikelseTransition({ status: 'UNDER_UTREDNING', systemfelNiva: from }, { handling: 'LYFT_SOM_SYSTEMFEL', sida: 'MOTTAGANDE', kommentar: null, systemfelNiva: to });
    expect(lift(null, 'DELREGIONAL').ok).toBe(true);
    expect(lift('NOSAM', 'DELREGIONAL').ok).toBe(true);
    expect(refusal(lift('NOSAM', 'NOSAM'))).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
    expect(refusal(lift('DELREGIONAL', 'NOSAM'))).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('refuses a comment with a personnummer, before anything else, without echoing it', () => {
    for (const handling of handlingar) {
      const result = avvikelseTransition(
        { status: 'ATGARDAD', systemfelNiva: null },
        { handling, sida: 'INGEN', kommentar: 'Gäller 19121212-1212, ring henne.', systemfelNiva: 'NOSAM' },
      );
      expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_CONTAINS_PERSONNUMMER', field: 'input.kommentar' });
      expect(result.ok ? '' : result.refusal.message).not.toMatch(/1212/);
    }
  });
});

describe('sidaFor', () => {
  const avvikelse = { rapporterandeHuvudman: '1480', mottagandeHuvudman: 'VGR' };
  it('knows the receiving side, the reporting side and everyone else', () => {
    expect(sidaFor('VGR', avvikelse)).toBe('MOTTAGANDE');
    expect(sidaFor('1480', avvikelse)).toBe('RAPPORTERANDE');
    expect(sidaFor('1490', avvikelse)).toBe('INGEN');
  });
});

describe('mojligaHandlingar', () => {
  it('offers exactly the steps avvikelseTransition would take, for every status × side × systemfel level', () => {
    for (const status of statusar) {
      for (const sida of sidor) {
        for (const systemfelNiva of nivaer) {
          const offered = mojligaHandlingar({ status, systemfelNiva }, sida);
          for (const handling of handlingar) {
            const levels = handling === 'LYFT_SOM_SYSTEMFEL' ? (['NOSAM', 'DELREGIONAL'] as const) : ([null] as const);
            const accepted = levels.filter(
              (level) => avvikelseTransition({ status, systemfelNiva }, { handling, sida, kommentar: 'Återkoppling given.', systemfelNiva: level }).ok,
            );
            const offer = offered.find((candidate) => candidate.handling === handling);
            expect(offer !== undefined, `${handling} from ${status}/${systemfelNiva} for ${sida}`).toBe(accepted.length > 0);
            if (offer && handling === 'LYFT_SOM_SYSTEMFEL') expect(offer.systemfelNivaer).toEqual(accepted);
          }
        }
      }
    }
  });

  it('says which steps need a comment', () => {
    const fromAtgardad = mojligaHandlingar({ status: 'ATGARDAD', systemfelNiva: null }, 'MOTTAGANDE');
    expect(fromAtgardad.map(({ handling, kommentarKravs }) => [handling, kommentarKravs])).toEqual([
      ['ATERKOPPLA', true],
      ['LYFT_SOM_SYSTEMFEL', false],
    ]);
    expect(mojligaHandlingar({ status: 'RAPPORTERAD', systemfelNiva: 'NOSAM' }, 'MOTTAGANDE')).toEqual([
      { handling: 'TA_EMOT', kommentarKravs: false, systemfelNivaer: [] },
      { handling: 'AVVISA', kommentarKravs: true, systemfelNivaer: [] },
      { handling: 'LYFT_SOM_SYSTEMFEL', kommentarKravs: false, systemfelNivaer: ['DELREGIONAL'] },
    ]);
  });
});
