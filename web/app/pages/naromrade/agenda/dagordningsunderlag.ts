// Turns the närområde page's three answers into the agenda's input: each
// piece either loaded or missing with its reason (saknasOrsak.ts).
import type { NaromradeVyAvvikelserQuery, NaromradeVyPlanQuery, NaromradeVySipQuery } from '../../../generated/graphql.js';
import type { OperationProblems } from '../../../graphql/operationProblems.js';
import { saknasOrsak } from '../saknasOrsak.js';
import type { Dagordningsunderlag, Uppgift } from './generateAgenda.js';

export type Naromrade = NonNullable<NaromradeVyPlanQuery['naromrade']>;

/** A settled operation: answered (perhaps partly) or failed. */
export type Laddat<Data> = { status: 'klar'; data: Data; problems: OperationProblems } | { status: 'fel'; problems: OperationProblems };

export function dagordningsunderlag(input: {
  idag: string;
  /** The months of the avvikelse analysis (aterkommandeKategorier.ts's window). */
  manader: readonly string[];
  naromrade: Naromrade;
  planProblems: OperationProblems;
  avvikelser: Laddat<NaromradeVyAvvikelserQuery>;
  sip: Laddat<NaromradeVySipQuery>;
  /** The chair's preparation of the meeting, if any. */
  nastaMote?: Dagordningsunderlag['nastaMote'];
}): Dagordningsunderlag {
  const { naromrade, avvikelser, sip } = input;
  const plan = naromrade.naromradesplan;

  let luckor: Uppgift<readonly string[]>;
  if (naromrade.boendenUtanAnsvar === null) {
    luckor = { finns: false, ...saknasOrsak(input.planProblems, 'naromrade.boendenUtanAnsvar', 'kommun') };
  } else {
    const namn = new Map((naromrade.boenden ?? []).map((boende) => [boende.id, boende.namn]));
    luckor = { finns: true, varde: naromrade.boendenUtanAnsvar.map((boende) => namn.get(boende.id) ?? boende.id) };
  }

  let forsenadeAterkopplingar: Dagordningsunderlag['forsenadeAterkopplingar'];
  let avvikelserPerManad: Dagordningsunderlag['avvikelserPerManad'];
  if (avvikelser.status === 'fel') {
    // One operation: when it fails, both the overdue list and the analysis are missing for the same reason.
    forsenadeAterkopplingar = avvikelserPerManad = { finns: false, ...saknasOrsak(avvikelser.problems, null, 'samverkan') };
  } else {
    const { forsenadeAterkopplingar: forsenade, avvikelseanalys } = avvikelser.data;
    forsenadeAterkopplingar = {
      finns: true,
      varde: {
        totalt: forsenade.totalCount,
        avvikelser: forsenade.edges.map(({ node }) => ({ id: node.id, kategori: node.kategori, mottagare: node.mottagandeHuvudman.namn, aterkopplingSenast: node.aterkopplingSenast })),
      },
    };
    avvikelserPerManad = { finns: true, varde: { manader: input.manader, celler: avvikelseanalys.celler } };
  }

  let forsenadeSipUppfoljningar: Dagordningsunderlag['forsenadeSipUppfoljningar'];
  if (sip.status === 'fel') {
    forsenadeSipUppfoljningar = { finns: false, ...saknasOrsak(sip.problems, null, 'samverkan') };
  } else {
    const antal = sip.data.naromrade?.antalForsenadeSipUppfoljningar ?? null;
    forsenadeSipUppfoljningar = antal ? { finns: true, varde: antal } : { finns: false, ...saknasOrsak(sip.problems, 'naromrade.antalForsenadeSipUppfoljningar', 'samverkan') };
  }

  return {
    idag: input.idag,
    plan: plan
      ? {
          version: plan.version,
          giltigFran: plan.giltigFran,
          atgarder: plan.atgarder.map((atgard) => ({
            beskrivning: atgard.beskrivning,
            agare: atgard.agare.namn,
            ansvarigEnhet: atgard.ansvarigEnhet,
            sistaDatum: atgard.sistaDatum,
            status: atgard.status,
          })),
        }
      : null,
    luckor,
    forsenadeAterkopplingar,
    avvikelserPerManad,
    forsenadeSipUppfoljningar,
    moten: naromrade.moten.map((mote) => ({
      datum: mote.datum,
      beslut: mote.beslut.map((beslut) => ({
        beskrivning: beslut.beskrivning,
        skapad: beslut.skapadAtgard,
        stangd: beslut.stangdAtgard?.beskrivning ?? null,
      })),
    })),
    ...(input.nastaMote ? { nastaMote: input.nastaMote } : {}),
  };
}
