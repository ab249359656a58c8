// The SIP-gap worklist from the query's answer: each patient with what could
// be read of each part and their gaps, patients with gaps first, and the
// numbers for the summary line.
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { SipLuckorArbetslistaQuery } from '../../generated/graphql.js';
import { readPart, type PartRead } from './partRead.js';
import { samordningsbedomning, samordningsluckor, type Samordningsbedomning, type Samordningslucka } from './samordningsluckor.js';

type Patient = NonNullable<NonNullable<SipLuckorArbetslistaQuery['naromrade']>['patienterMedInsatserFranBada']>[number];

export const listPath = 'naromrade.patienterMedInsatserFranBada';

export interface Arbetslisterad {
  personnummer: string;
  hemsjukvard: PartRead<Patient['hemsjukvard']>;
  hemtjanst: PartRead<Patient['hemtjanst']>;
  boende: PartRead<Patient['boende']>;
  sipar: PartRead<Patient['sipar']>;
  listning: PartRead<Patient['listning']>;
  fastLakarkontakt: PartRead<Patient['fastLakarkontakt']>;
  bedomning: Samordningsbedomning;
}

export interface Arbetslista {
  rader: Arbetslisterad[];
  antal: number;
  /** Patients with at least one gap found. */
  medLucka: number;
  /** Patients without a found gap but with a check that could not be made. */
  medOkantLage: number;
  /** Per gap: how many patients have it, and for how many it is not known (never counted as without it). */
  perLucka: Record<Samordningslucka, { med: number; okant: number }>;
}

/** Rows in the server's order (personnummer), then stably: gaps first, then unknown, then those without gaps. */
export function arbetslista(patienter: readonly Patient[], problems: OperationProblems): Arbetslista {
  const rader = patienter.map((patient, index) => {
    const path = `${listPath}.${index}`;
    const part = <F extends 'hemsjukvard' | 'hemtjanst' | 'boende' | 'sipar' | 'listning' | 'fastLakarkontakt'>(field: F) =>
      readPart(problems, path, field, patient[field], patient.sparradInformationFinns) as PartRead<Patient[F]>;
    const sipar = part('sipar');
    const fastLakarkontakt = part('fastLakarkontakt');
    return {
      personnummer: patient.id,
      hemsjukvard: part('hemsjukvard'),
      hemtjanst: part('hemtjanst'),
      boende: part('boende'),
      sipar,
      listning: part('listning'),
      fastLakarkontakt,
      bedomning: samordningsbedomning({ sipar, fastLakarkontakt }),
    };
  });
  const rank = (rad: Arbetslisterad) => (rad.bedomning.luckor.length > 0 ? 0 : rad.bedomning.okanda.length > 0 ? 1 : 2);
  const sorted = rader.map((rad, index) => ({ rad, index })).sort((a, b) => rank(a.rad) - rank(b.rad) || a.index - b.index).map(({ rad }) => rad);
  return {
    rader: sorted,
    antal: rader.length,
    medLucka: rader.filter((rad) => rank(rad) === 0).length,
    medOkantLage: rader.filter((rad) => rank(rad) === 1).length,
    perLucka: Object.fromEntries(
      samordningsluckor.map((lucka) => [
        lucka,
        {
          med: rader.filter((rad) => rad.bedomning.luckor.includes(lucka)).length,
          okant: rader.filter((rad) => rad.bedomning.okanda.includes(lucka)).length,
        },
      ]),
    ) as Arbetslista['perLucka'],
  };
}

export type ListSip = NonNullable<Patient['sipar']>[number];

/**
 * The list's patients with the SIPs written on this page since it was read
 * (started or moved a step): each replaces the SIP with its id, or comes first
 * (newest first, as samverkan lists them). Only the patients named change.
 */
export function medAndradeSipar(patienter: readonly Patient[], andrade: ReadonlyMap<string, readonly ListSip[]>): Patient[] {
  return patienter.map((patient) => {
    const sipar = andrade.get(patient.id);
    if (!sipar || sipar.length === 0) return patient;
    let merged = [...(patient.sipar ?? [])];
    for (const sip of sipar) {
      merged = merged.some((annan) => annan.id === sip.id) ? merged.map((annan) => (annan.id === sip.id ? sip : annan)) : [sip, ...merged];
    }
    return { ...patient, sipar: merged };
  });
}
