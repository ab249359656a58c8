// Asked beside a SIP form (never inside it: AtkomstgrundValjare is a form of
// its own) when the API answers that this patient's SIP also belongs to another
// huvudman: the access ground for this one patient, then the same request again.
import type { RefObject } from 'react';
import { AtkomstgrundValjare } from '../../components/AtkomstgrundValjare.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';

export function SipGrundfraga({
  grundRef,
  etikett,
  text,
  knapptext,
  onBekrafta,
  onAvbryt,
}: {
  grundRef: RefObject<HTMLDivElement>;
  etikett: string;
  text: string;
  knapptext: string;
  onBekrafta(grund: Atkomstgrund | null): void;
  onAvbryt(): void;
}) {
  return (
    <div ref={grundRef} tabIndex={-1} role="group" aria-label={etikett}>
      <p className="meddelande delvis">{text}</p>
      <AtkomstgrundValjare visaIngen={false} knapptext={knapptext} onBekrafta={onBekrafta} />
      <button type="button" className="sekundar" onClick={onAvbryt}>
        Avbryt
      </button>
    </div>
  );
}
