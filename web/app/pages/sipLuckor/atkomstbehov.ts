// Which parts of a närområde's worklist are another huvudman's data for this
// user, and so need an access ground: told before the user chooses one. The
// servers decide; this only explains their rule (the reader's own huvudman
// reads freely, and a SIP is its parties' — the region's and the närområde's
// kommun's — own data).

export type Worklistdel = 'LISTA_OCH_INSATSER' | 'SIP' | 'REGIONENS_UPPGIFTER';

export function delarSomKraverAtkomstgrund(anvandarensHuvudman: string, naromradetsKommunkod: string): Worklistdel[] {
  const delar: Worklistdel[] = [];
  if (anvandarensHuvudman !== naromradetsKommunkod) delar.push('LISTA_OCH_INSATSER');
  if (anvandarensHuvudman !== naromradetsKommunkod && anvandarensHuvudman !== 'VGR') delar.push('SIP');
  if (anvandarensHuvudman !== 'VGR') delar.push('REGIONENS_UPPGIFTER');
  return delar;
}
