// Generates the NOSAM meeting's dagordning from what the närområde page has
// loaded: standing items around the findings to take up (gaps in boendeansvar,
// overdue återkopplingar, recurring avvikelse categories, overdue åtgärder,
// overdue SIP follow-ups). Information that could not be loaded becomes an
// item saying so, never a silent "nothing to report".
import type { AtgardStatus, AvvikelseKategori } from '../../../generated/graphql.js';
import { dagarMellan, manadText } from '../datum.js';
import { atgardStatusNamn, avvikelseKategoriNamn } from '../../../format/kodnamn.js';
import { antalManaderIFonstret, aterkommandeKategorier, minstAntalManader, type Analyscell } from './aterkommandeKategorier.js';

/** Why a piece of information is missing. */
export type Saknas =
  | { orsak: 'ej-tillgangligt'; tjanst: string }
  | { orsak: 'inte-for-din-roll' }
  | { orsak: 'kunde-inte-hamtas' };

export type Uppgift<T> = { finns: true; varde: T } | ({ finns: false } & Saknas);

export interface ForsenadAterkoppling {
  id: string;
  kategori: AvvikelseKategori;
  /** The receiving huvudman, who owes the återkoppling. */
  mottagare: string;
  aterkopplingSenast: string | null;
}

export interface Atgard {
  beskrivning: string;
  agare: string;
  ansvarigEnhet: string;
  sistaDatum: string;
  status: AtgardStatus;
}

export interface Dagordningsunderlag {
  /** The meeting's day (`YYYY-MM-DD`): what "overdue" is measured against. */
  idag: string;
  /** The närområdesplan in force; null when none has been adopted. */
  plan: { version: number; giltigFran: string; atgarder: readonly Atgard[] } | null;
  /** Names of the boenden without a responsible vårdcentral. */
  luckor: Uppgift<readonly string[]>;
  /** `totalt` may exceed the listed avvikelser (the list is one page). */
  forsenadeAterkopplingar: Uppgift<{ totalt: number; avvikelser: readonly ForsenadAterkoppling[] }>;
  /** The avvikelse analysis grouped by category and month over the window (`aterkommandeKategorier.ts`). */
  avvikelserPerManad: Uppgift<{ manader: readonly string[]; celler: readonly Analyscell<AvvikelseKategori>[] }>;
  forsenadeSipUppfoljningar: Uppgift<{ varde: number | null; undertryckt: boolean }>;
  /** NOSAM meetings held, in any order, with their decisions and what became of the åtgärder they made or closed. */
  moten: readonly Motesunderlag[];
  /** The meeting being prepared: its day (åtgärder due by then are taken up) and the chair's own items. */
  nastaMote?: { datum: string | null; egnaPunkter: readonly string[] };
}

export interface Motesunderlag {
  datum: string;
  beslut: readonly {
    beskrivning: string;
    /** The åtgärd the decision created, as it stands today. */
    skapad: { beskrivning: string; status: AtgardStatus; sistaDatum: string; forsenad: boolean } | null;
    /** The åtgärd the decision closed. */
    stangd: string | null;
  }[];
}

export type DagordningspunktId =
  | 'oppnande'
  | 'foregaende-mote'
  | 'naromradesplan'
  | 'boendeansvar'
  | 'aterkopplingar'
  | 'aterkommande-kategorier'
  | 'atgarder'
  | 'sip-uppfoljningar'
  | 'utan-anmarkning'
  | 'atgarder-fore-motet'
  | `egen-${number}`
  | 'ovriga-fragor'
  | 'nasta-mote'
  | 'avslutning';

/** A line of an agenda item; one about an avvikelse names it, so the view can link to its case page. */
export type Detalj = string | { avvikelseId: string; text: string };

export interface Dagordningspunkt {
  id: DagordningspunktId;
  rubrik: string;
  detaljer: Detalj[];
  /** `arende`: a finding to take up; `saknas`: the information could not be loaded; `information`: checks without findings. */
  slag: 'staende' | 'arende' | 'saknas' | 'information';
}

/** Overdue återkopplingar listed one by one before the rest are summed up. */
export const maxListadeAterkopplingar = 10;

function saknasText(saknas: Saknas): string {
  switch (saknas.orsak) {
    case 'ej-tillgangligt':
      return `Uppgiften saknas: ${saknas.tjanst} svarar inte just nu. Ta fram den före mötet.`;
    case 'inte-for-din-roll':
      return 'Uppgiften är inte tillgänglig för din roll. Be någon med behörighet ta fram den före mötet.';
    case 'kunde-inte-hamtas':
      return 'Uppgiften kunde inte hämtas. Ladda om sidan eller ta fram den före mötet.';
  }
}

function saknasPunkt(id: DagordningspunktId, rubrik: string, saknas: Saknas): Dagordningspunkt {
  return { id, rubrik, detaljer: [saknasText(saknas)], slag: 'saknas' };
}

function dagarSedan(datum: string, idag: string): string {
  const dagar = dagarMellan(datum, idag);
  return dagar === 1 ? '1 dag sedan' : `${dagar} dagar sedan`;
}

function upprakning(delar: readonly string[]): string {
  if (delar.length <= 1) return delar.join('');
  return `${delar.slice(0, -1).join(', ')} och ${delar[delar.length - 1]}`;
}

/** One decision of the previous meeting and where its åtgärd stands now. */
function beslutText(beslut: Motesunderlag['beslut'][number], idag: string): string {
  if (beslut.skapad) {
    const { skapad } = beslut;
    const lage = skapad.forsenad ? `försenad, sista datum ${skapad.sistaDatum} (${dagarSedan(skapad.sistaDatum, idag)})` : `${atgardStatusNamn[skapad.status].toLowerCase()}, sista datum ${skapad.sistaDatum}`;
    return `Beslut: ${beslut.beskrivning} – åtgärd ”${skapad.beskrivning}”: ${lage}.`;
  }
  if (beslut.stangd) return `Beslut: ${beslut.beskrivning} – åtgärd ”${beslut.stangd}” avslutad.`;
  return `Beslut: ${beslut.beskrivning}.`;
}

export function generateAgenda(underlag: Dagordningsunderlag): Dagordningspunkt[] {
  const { idag } = underlag;
  const punkter: Dagordningspunkt[] = [{ id: 'oppnande', rubrik: 'Mötets öppnande och godkännande av dagordningen', detaljer: [], slag: 'staende' }];
  const utanAnmarkning: string[] = [];

  const tidigare = underlag.moten.filter((mote) => mote.datum <= idag).sort((a, b) => (a.datum < b.datum ? 1 : a.datum > b.datum ? -1 : 0));
  const senaste = tidigare[0];
  if (senaste) {
    const beslut = senaste.beslut.length === 1 ? '1 beslut' : `${senaste.beslut.length} beslut`;
    punkter.push({
      id: 'foregaende-mote',
      rubrik: 'Föregående möte',
      detaljer: [`Mötet ${senaste.datum}: genomgång av minnesanteckningar och ${beslut}.`, ...senaste.beslut.map((beslut) => beslutText(beslut, idag))],
      slag: 'staende',
    });
  }

  // Gaps in boendeansvar: with no plan in force, every boende is a gap and the plan itself is the item.
  if (underlag.plan === null) {
    const detaljer = ['Ingen närområdesplan gäller i dag: vårdcentralerna behöver fastställa en plan med boendeansvar och kontaktpersoner.'];
    if (underlag.luckor.finns && underlag.luckor.varde.length > 0) detaljer.push(`Boenden som saknar ansvarig vårdcentral: ${upprakning(underlag.luckor.varde)}.`);
    if (!underlag.luckor.finns) detaljer.push(saknasText(underlag.luckor));
    punkter.push({ id: 'naromradesplan', rubrik: 'Närområdesplan saknas', detaljer, slag: 'arende' });
  } else if (!underlag.luckor.finns) {
    punkter.push(saknasPunkt('boendeansvar', 'Luckor i boendeansvar', underlag.luckor));
  } else if (underlag.luckor.varde.length > 0) {
    const antal = underlag.luckor.varde.length;
    punkter.push({
      id: 'boendeansvar',
      rubrik: `Luckor i boendeansvar (${antal === 1 ? '1 boende' : `${antal} boenden`} utan ansvarig vårdcentral)`,
      detaljer: [...underlag.luckor.varde.map((namn) => `${namn}: ingen vårdcentral ansvarar för läkarmedverkan.`), 'Besluta vilken vårdcentral som tar ansvaret och uppdatera närområdesplanen.'],
      slag: 'arende',
    });
  } else {
    utanAnmarkning.push('Alla boenden har en ansvarig vårdcentral.');
  }

  const aterkopplingar = underlag.forsenadeAterkopplingar;
  if (!aterkopplingar.finns) {
    punkter.push(saknasPunkt('aterkopplingar', 'Försenade återkopplingar av avvikelser', aterkopplingar));
  } else if (aterkopplingar.varde.totalt > 0) {
    const { totalt, avvikelser } = aterkopplingar.varde;
    const listade = [...avvikelser]
      .sort((a, b) => ((a.aterkopplingSenast ?? '') < (b.aterkopplingSenast ?? '') ? -1 : (a.aterkopplingSenast ?? '') > (b.aterkopplingSenast ?? '') ? 1 : 0))
      .slice(0, maxListadeAterkopplingar);
    const detaljer: Detalj[] = listade.map((avvikelse) => {
      const senast = avvikelse.aterkopplingSenast ? ` senast ${avvikelse.aterkopplingSenast} (${dagarSedan(avvikelse.aterkopplingSenast, idag)})` : '';
      return { avvikelseId: avvikelse.id, text: `${avvikelseKategoriNamn[avvikelse.kategori]}: ${avvikelse.mottagare} skulle ha återkopplat${senast}.` };
    });
    if (totalt > listade.length) detaljer.push(`… och ${totalt - listade.length} till.`);
    punkter.push({ id: 'aterkopplingar', rubrik: `Försenade återkopplingar av avvikelser (${totalt})`, detaljer, slag: 'arende' });
  } else {
    utanAnmarkning.push('Inga återkopplingar av avvikelser är försenade.');
  }

  const perManad = underlag.avvikelserPerManad;
  const regel = `Återkommande: avvikelser i samma kategori under minst ${minstAntalManader} av de ${antalManaderIFonstret} senaste kalendermånaderna (innevarande månad medräknad).`;
  if (!perManad.finns) {
    punkter.push(saknasPunkt('aterkommande-kategorier', 'Återkommande avvikelsekategorier', perManad));
  } else {
    const aterkommande = aterkommandeKategorier(perManad.varde.celler, perManad.varde.manader);
    if (aterkommande.length > 0) {
      punkter.push({
        id: 'aterkommande-kategorier',
        rubrik: `Återkommande avvikelsekategorier (${aterkommande.length})`,
        detaljer: [
          ...aterkommande.map((kategori) => `${avvikelseKategoriNamn[kategori.kategori]}: avvikelser i ${upprakning(kategori.manader.map(manadText))}. Ska det lyftas som systemfel?`),
          regel,
        ],
        slag: 'arende',
      });
    } else {
      utanAnmarkning.push('Inga avvikelsekategorier återkommer.');
    }
  }

  if (underlag.plan !== null) {
    const forsenade = underlag.plan.atgarder.filter((atgard) => atgard.status !== 'KLAR' && atgard.sistaDatum < idag).sort((a, b) => (a.sistaDatum < b.sistaDatum ? -1 : a.sistaDatum > b.sistaDatum ? 1 : 0));
    if (forsenade.length > 0) {
      punkter.push({
        id: 'atgarder',
        rubrik: `Försenade åtgärder i närområdesplanen (${forsenade.length})`,
        detaljer: forsenade.map((atgard) => `${atgard.beskrivning}. Ägare: ${atgard.agare} (${atgard.ansvarigEnhet}). Sista datum ${atgard.sistaDatum} (${dagarSedan(atgard.sistaDatum, idag)}).`),
        slag: 'arende',
      });
    } else {
      utanAnmarkning.push('Inga åtgärder i närområdesplanen är försenade.');
    }
    const motesdag = underlag.nastaMote?.datum ?? null;
    if (motesdag !== null) {
      const infor = underlag.plan.atgarder
        .filter((atgard) => atgard.status !== 'KLAR' && atgard.sistaDatum >= idag && atgard.sistaDatum <= motesdag)
        .sort((a, b) => (a.sistaDatum < b.sistaDatum ? -1 : a.sistaDatum > b.sistaDatum ? 1 : 0));
      if (infor.length > 0) {
        punkter.push({
          id: 'atgarder-fore-motet',
          rubrik: `Åtgärder med sista datum till och med mötet ${motesdag} (${infor.length})`,
          detaljer: infor.map((atgard) => `${atgard.beskrivning}. Ägare: ${atgard.agare} (${atgard.ansvarigEnhet}). Sista datum ${atgard.sistaDatum}.`),
          slag: 'arende',
        });
      }
    }
  }

  const sip = underlag.forsenadeSipUppfoljningar;
  if (!sip.finns) {
    punkter.push(saknasPunkt('sip-uppfoljningar', 'Försenade SIP-uppföljningar', sip));
  } else if (sip.varde.undertryckt) {
    punkter.push({
      id: 'sip-uppfoljningar',
      rubrik: 'Försenade SIP-uppföljningar (färre än 5)',
      detaljer: ['Några SIP:ar har passerat sitt uppföljningsdatum. Det exakta antalet visas inte, så att ingen patient kan pekas ut; huvudansvariga enheter ser vilka i sina SIP-listor.'],
      slag: 'arende',
    });
  } else if ((sip.varde.varde ?? 0) > 0) {
    punkter.push({
      id: 'sip-uppfoljningar',
      rubrik: `Försenade SIP-uppföljningar (${sip.varde.varde})`,
      detaljer: [`${sip.varde.varde} SIP:ar har passerat sitt uppföljningsdatum. Huvudansvariga enheter ser vilka i sina SIP-listor.`],
      slag: 'arende',
    });
  } else {
    utanAnmarkning.push('Inga SIP-uppföljningar är försenade.');
  }

  if (utanAnmarkning.length > 0) punkter.push({ id: 'utan-anmarkning', rubrik: 'Kontrollerat utan anmärkning', detaljer: utanAnmarkning, slag: 'information' });
  punkter.push(
    ...(underlag.nastaMote?.egnaPunkter ?? []).map((rubrik, index): Dagordningspunkt => ({ id: `egen-${index + 1}`, rubrik, detaljer: [], slag: 'staende' })),
    { id: 'ovriga-fragor', rubrik: 'Övriga frågor', detaljer: [], slag: 'staende' },
    { id: 'nasta-mote', rubrik: 'Nästa möte', detaljer: ['Bestäm datum, tid och plats.'], slag: 'staende' },
    { id: 'avslutning', rubrik: 'Mötets avslutande', detaljer: [], slag: 'staende' },
  );
  return punkter;
}
