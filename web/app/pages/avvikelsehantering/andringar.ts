// What someone else did to a case since the user read it: the steps stored
// after the version the user's page showed, worded for the message shown when
// the server refuses a step on a stale version.
import { avvikelseStatusNamn, handelseNamn } from '../../format/kodnamn.js';
import type { AvvikelseStatus } from '../../generated/graphql.js';

export interface Handelse {
  handling: string;
  franStatus: AvvikelseStatus | null;
  tillStatus: AvvikelseStatus;
  version: number;
  tid: string;
  utfordAv: string;
  organisationHsaId: string;
  huvudman: { namn: string } | null;
}

export function andringarSedan(lastVersion: number, handelser: readonly Handelse[], formatTid: (tid: string) => string): string[] {
  return handelser
    .filter((handelse) => handelse.version > lastVersion)
    .sort((a, b) => a.version - b.version)
    .map((handelse) => {
      const status =
        handelse.franStatus !== null && handelse.franStatus !== handelse.tillStatus
          ? `: ${avvikelseStatusNamn[handelse.franStatus]} → ${avvikelseStatusNamn[handelse.tillStatus]}`
          : '';
      const vem = `${handelse.utfordAv}, ${handelse.organisationHsaId}${handelse.huvudman ? ` (${handelse.huvudman.namn})` : ''}`;
      return `${handelseNamn(handelse.handling)}${status}, av ${vem}, ${formatTid(handelse.tid)}`;
    });
}
