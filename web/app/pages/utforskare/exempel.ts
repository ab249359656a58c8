// The explorer's saved example operations, one per use of Samsyn. Each text is
// a .graphql file that codegen validates against the API schema, so an example
// that no longer fits the schema fails the build instead of confusing a developer.
import avvikelseanalys from './exempel/avvikelseanalys.graphql';
import faststallNaromradesplan from './exempel/faststallNaromradesplan.graphql';
import forsenadeAterkopplingar from './exempel/forsenadeAterkopplingar.graphql';
import hanteraAvvikelse from './exempel/hanteraAvvikelse.graphql';
import hanteraSip from './exempel/hanteraSip.graphql';
import naromradeNosam from './exempel/naromradeNosam.graphql';
import patientbild from './exempel/patientbild.graphql';
import rapporteraAvvikelse from './exempel/rapporteraAvvikelse.graphql';
import registreraNosamMote from './exempel/registreraNosamMote.graphql';
import sipLuckor from './exempel/sipLuckor.graphql';
import sipUppfoljningar from './exempel/sipUppfoljningar.graphql';
import skapaSip from './exempel/skapaSip.graphql';
import {
  avvikelseanalysVariabler,
  exempelNaromradeId,
  exempelPatientId,
  faststallNaromradesplanVariabler,
  forsenadeAterkopplingarVariabler,
  hanteraAvvikelseVariabler,
  hanteraSipVariabler,
  rapporteraAvvikelseVariabler,
  registreraNosamMoteVariabler,
  skapaSipVariabler,
} from './exempelVariabler.js';

export interface Exempel {
  id: string;
  titel: string;
  /** Who may run it (the role the token needs). */
  roll: string;
  query: string;
  variables: string;
  /** The headers tab: an access ground where another huvudman's patient data is read (samtycke, attested by running). */
  headers: string;
}

interface Avsandare {
  huvudman: string;
  organisation: string;
}

export function exempelLista(avsandare: Avsandare | null, idag: string, klientnyckel: string): Exempel[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const samtycke = json({ 'x-samsyn-atkomstgrund': 'samtycke' });
  const huvudman = avsandare?.huvudman ?? null;
  return [
    { id: 'naromrade', titel: 'NOSAM: närområdet', roll: 'nosam', query: naromradeNosam, variables: json({ id: exempelNaromradeId }), headers: '' },
    { id: 'avvikelseanalys', titel: 'Avvikelseanalys', roll: 'analytiker', query: avvikelseanalys, variables: json(avvikelseanalysVariabler(idag)), headers: '' },
    {
      id: 'aterkopplingar',
      titel: 'Försenade återkopplingar',
      roll: 'analytiker',
      query: forsenadeAterkopplingar,
      variables: json(forsenadeAterkopplingarVariabler()),
      headers: '',
    },
    {
      id: 'patient',
      titel: 'Patientbild',
      roll: 'vardpersonal',
      query: patientbild,
      variables: json({ id: exempelPatientId }),
      headers: samtycke,
    },
    // The list holds the kommun's patients and the other huvudman's parts: without a ground every one is ATKOMSTGRUND_SAKNAS.
    { id: 'sip-luckor', titel: 'SIP-arbetslista', roll: 'vardpersonal', query: sipLuckor, variables: json({ id: exempelNaromradeId }), headers: samtycke },
    {
      id: 'sip-uppfoljningar',
      titel: 'SIP-uppföljningar',
      roll: 'vardpersonal',
      query: sipUppfoljningar,
      variables: json({ naromradeId: exempelNaromradeId }),
      headers: '',
    },
    {
      id: 'rapportera',
      titel: 'Rapportera avvikelse',
      roll: 'vardpersonal',
      query: rapporteraAvvikelse,
      variables: json(rapporteraAvvikelseVariabler(avsandare, idag, klientnyckel)),
      headers: '',
    },
    // The mutations below write for a party (the region or Göteborg), which needs no access ground.
    {
      id: 'hantera-avvikelse',
      titel: 'Hantera avvikelse',
      roll: 'vardpersonal',
      query: hanteraAvvikelse,
      variables: json(hanteraAvvikelseVariabler(huvudman)),
      headers: '',
    },
    { id: 'skapa-sip', titel: 'Skapa SIP', roll: 'vardpersonal', query: skapaSip, variables: json(skapaSipVariabler(huvudman, idag, klientnyckel)), headers: '' },
    { id: 'hantera-sip', titel: 'Hantera SIP', roll: 'vardpersonal', query: hanteraSip, variables: json(hanteraSipVariabler(idag)), headers: '' },
    {
      id: 'faststall-plan',
      titel: 'Fastställ närområdesplan',
      roll: 'nosam',
      query: faststallNaromradesplan,
      variables: json(faststallNaromradesplanVariabler(idag)),
      headers: '',
    },
    {
      id: 'nosam-mote',
      titel: 'Registrera NOSAM-möte',
      roll: 'nosam',
      query: registreraNosamMote,
      variables: json(registreraNosamMoteVariabler(huvudman, idag)),
      headers: '',
    },
  ];
}
