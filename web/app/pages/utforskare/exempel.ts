// The explorer's saved example operations, one per use of Samsyn. Each text is
// a .graphql file that codegen validates against the API schema, so an example
// that no longer fits the schema fails the build instead of confusing a developer.
import avvikelseanalys from './exempel/avvikelseanalys.graphql';
import forsenadeAterkopplingar from './exempel/forsenadeAterkopplingar.graphql';
import naromradeNosam from './exempel/naromradeNosam.graphql';
import patientbild from './exempel/patientbild.graphql';
import rapporteraAvvikelse from './exempel/rapporteraAvvikelse.graphql';
import sipLuckor from './exempel/sipLuckor.graphql';
import sipUppfoljningar from './exempel/sipUppfoljningar.graphql';
import {
  avvikelseanalysVariabler,
  exempelNaromradeId,
  exempelPatientId,
  forsenadeAterkopplingarVariabler,
  rapporteraAvvikelseVariabler,
} from './exempelVariabler.js';

export interface Exempel {
  id: string;
  titel: string;
  /** Who may run it (the role the token needs). */
  roll: string;
  query: string;
  variables: string;
  /** The headers tab: only the patient picture needs an access ground. */
  headers: string;
}

interface Avsandare {
  huvudman: string;
  organisation: string;
}

export function exempelLista(avsandare: Avsandare | null, idag: string, klientnyckel: string): Exempel[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
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
      headers: json({ 'x-samsyn-atkomstgrund': 'samtycke' }),
    },
    { id: 'sip-luckor', titel: 'SIP-arbetslista', roll: 'vardpersonal', query: sipLuckor, variables: json({ id: exempelNaromradeId }), headers: '' },
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
  ];
}
