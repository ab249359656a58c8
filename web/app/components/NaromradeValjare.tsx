// Picks a närområde in three steps, as a NOSAM group thinks of it:
// vårdsamverkansområde → kommun → närområde. The choice lives in the URL.
import { useState, type ReactNode } from 'react';
import { kommunerEfterNamn, kommunnamnEllerKod } from '../format/kommunnamn.js';
import { NaromradeValjareDocument } from '../generated/graphql.js';
import { useOperation } from '../graphql/useOperation.js';
import { Fel, Laddar } from './OperationStatus.js';
import { useKommunnamn } from './useKommunnamn.js';

export function kommunkodOfNaromrade(naromradeId: string): string | null {
  const match = /^(\d{4})-/.exec(naromradeId);
  return match ? match[1]! : null;
}

interface Props {
  valt: string | null;
  onVal(naromradeId: string | null): void;
  /** The fieldset's legend; "Välj närområde" unless told. */
  legend?: string | undefined;
  /** The kommun chosen at first when no närområde is (e.g. the user's own kommun). */
  startKommun?: string | null | undefined;
  /** Id of a message about the närområde choice (e.g. an error): the Närområde select is then described by it. */
  beskrivs?: string | undefined;
  /** True when the närområde choice has a problem (aria-invalid on the Närområde select). */
  ogiltig?: boolean | undefined;
  /** Shown last in the fieldset, e.g. that message. */
  children?: ReactNode;
}

export function NaromradeValjare({ valt, onVal, legend = 'Välj närområde', startKommun = null, beskrivs, ogiltig, children }: Props) {
  const state = useOperation(NaromradeValjareDocument, {});
  const kommunnamn = useKommunnamn();
  const [valdKommun, setValdKommun] = useState<string | null>(valt ? kommunkodOfNaromrade(valt) : startKommun);
  const [valtOmrade, setValtOmrade] = useState<string | null>(null);
  if (state.status === 'laddar' || state.status === 'vilande') return <Laddar vad="närområden" />;
  if (state.status === 'fel') return <Fel problems={state.problems} onRetry={state.refetch} />;
  const omraden = state.data.vardsamverkansomraden;
  const kommunkod = valdKommun ?? (valt ? kommunkodOfNaromrade(valt) : null);
  const omrade =
    omraden.find((candidate) => candidate.id === valtOmrade) ??
    omraden.find((candidate) => (candidate.kommuner ?? []).some((kommun) => kommun.kod === kommunkod)) ??
    null;
  // Without the kommun service the kommuner are shown, and ordered, by kommunkod: the choice still works.
  const kommuner = kommunerEfterNamn(omrade?.kommuner ?? [], kommunnamn);
  const naromraden = omrade?.naromraden.filter((naromrade) => naromrade.kommun?.kod === kommunkod) ?? [];
  return (
    <fieldset className="valjare">
      <legend>{legend}</legend>
      <label>
        Vårdsamverkansområde
        <select
          value={omrade?.id ?? ''}
          name="vardsamverkansomrade"
          onChange={(event) => {
            setValtOmrade(event.target.value || null);
            setValdKommun(null);
            onVal(null);
          }}
        >
          <option value="">– välj –</option>
          {omraden.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.namn}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kommun
        <select
          value={kommunkod ?? ''}
          disabled={kommuner.length === 0}
          name="kommun"
          onChange={(event) => {
            setValdKommun(event.target.value || null);
            onVal(null);
          }}
        >
          <option value="">– välj –</option>
          {kommuner.map((kommun) => (
            <option key={kommun.kod} value={kommun.kod}>
              {kommunnamnEllerKod(kommunnamn, kommun.kod, 'Kommun')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Närområde
        <select
          value={valt ?? ''}
          disabled={naromraden.length === 0}
          name="naromrade"
          aria-invalid={ogiltig ? true : undefined}
          aria-describedby={beskrivs}
          onChange={(event) => onVal(event.target.value || null)}
        >
          <option value="">– välj –</option>
          {naromraden.map((naromrade) => (
            <option key={naromrade.id} value={naromrade.id}>
              {naromrade.namn}
            </option>
          ))}
        </select>
      </label>
      {children}
    </fieldset>
  );
}
