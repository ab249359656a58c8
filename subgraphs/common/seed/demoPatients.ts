// Skatteverket's well-known test personnummer, placed in every scale with a
// fixed picture so that demos and end-to-end tests can rely on them.

export interface DemoPatient {
  personnummer: string;
  description: string;
}

export const demoPatients = [
  {
    personnummer: '191212121212',
    description:
      'Göteborg, närområde 1480-angered: listed at a vårdcentral there with fast läkarkontakt and an open närsjukvårdsteam episode; ' +
      'active hemsjukvård inskrivning with three insatser; a hemtjänst beslut that ended when they moved to a särskilt boende in Angered, where they live now; ' +
      'an active SIP; three avvikelser concerning the patient. Deliberately touches every relation, more than one real patient would have.',
  },
  {
    personnummer: '194408139089',
    description: 'Borås: active hemsjukvård inskrivning and hemtjänst beslut, listed with fast läkarkontakt, an active SIP.',
  },
  {
    personnummer: '195005050512',
    description: 'Mölndal: active hemtjänst beslut only, listed at a vårdcentral.',
  },
  {
    personnummer: '199006022397',
    description: 'Göteborg: younger adult with a current stay in a bostad med särskild service, listed at a vårdcentral.',
  },
] as const satisfies readonly DemoPatient[];
