// The next step of one patient's active SIP from the SIP-gap worklist
// (`hanteraSip` with the version read). When someone else moved the SIP since,
// the API answers CONFLICT: the SIP is read again, said so in Swedish, and
// what was typed stays for the user to check and send again.
import { useEffect, useRef, useState } from 'react';
import { sipStatusNamn } from '../../format/kodnamn.js';
import { formatPersonnummer } from '../../format/personnummer.js';
import { SipLuckorArbetslistaDocument, SipLuckorHanteraSipDocument } from '../../generated/graphql.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { arInaktuell, tolkaFel } from '../../graphql/felmeddelanden.js';
import { useMutationRunner } from '../../graphql/useOperation.js';
import type { ListSip } from './arbetslista.js';
import { granskaSteg, handlingNamn, kraverDatum, tillatnaSteg, tomtSteg, type StegFormular } from './foljSip.js';
import type { Faltfel } from './startaSip.js';
import { FormularSlut } from '../../components/FormularSlut.js';
import { SipGrundfraga } from './SipGrundfraga.js';

export function FoljSipFormular({
  personnummer,
  sip,
  naromradeId,
  listgrund,
  idag,
  onSteg,
  onOmlast,
  onAvbryt,
}: {
  personnummer: string;
  sip: ListSip;
  naromradeId: string;
  /** The ground the list was read with: the SIP is read again with it after a conflict. */
  listgrund: Atkomstgrund | null;
  idag: string;
  onSteg(sip: ListSip): void;
  onOmlast(sip: ListSip): void;
  onAvbryt(): void;
}) {
  const run = useMutationRunner();
  const [formular, setFormular] = useState<StegFormular>(() => tomtSteg(sip.status, idag));
  const [fel, setFel] = useState<Faltfel>({});
  const [allmanna, setAllmanna] = useState<string[]>([]);
  const [skickar, setSkickar] = useState(false);
  const [fragaGrund, setFragaGrund] = useState(false);
  const [fokusera, setFokusera] = useState(0);
  const rubrikRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const grundRef = useRef<HTMLDivElement>(null);
  const id = (falt: string) => `folj-sip-${personnummer}-${falt}`;
  const steg = tillatnaSteg(sip.status);

  useEffect(() => rubrikRef.current?.focus(), []);
  useEffect(() => {
    if (fokusera === 0) return;
    if (fragaGrund) grundRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .meddelande.fel')?.focus();
  }, [fokusera, fragaGrund]);

  /** Reads the SIP again (the list's query, with the list's ground) after a conflict. */
  async function lasOm(): Promise<ListSip | null> {
    const result = await run(SipLuckorArbetslistaDocument, { id: naromradeId }, { atkomstgrund: listgrund });
    const patient = result.data?.naromrade?.patienterMedInsatserFranBada?.find((annan) => annan.id === personnummer);
    return patient?.sipar?.find((annan) => annan.id === sip.id) ?? null;
  }

  async function skicka(grund: Atkomstgrund | null) {
    if (skickar) return;
    const granskat = granskaSteg(formular, sip, idag);
    if ('fel' in granskat) {
      setFel(granskat.fel);
      setAllmanna([]);
      setFragaGrund(false);
      setFokusera((value) => value + 1);
      return;
    }
    setSkickar(true);
    const result = await run(SipLuckorHanteraSipDocument, { input: granskat.input }, { atkomstgrund: grund });
    if (result.data) {
      setSkickar(false);
      onSteg(result.data.hanteraSip.sip);
      return;
    }
    const tolkade = tolkaFel(result.errors);
    const behoverGrund = tolkade.koder.includes('ATKOMSTGRUND_SAKNAS');
    let texter = tolkade.allmanna;
    if (arInaktuell(tolkade)) {
      const aktuell = await lasOm();
      if (aktuell) {
        onOmlast(aktuell);
        texter = [
          `SIP:en har ändrats av någon annan sedan du läste den. Den är nu läst igen (${sipStatusNamn[aktuell.status].toLowerCase()}); det du skrev finns kvar. Kontrollera steget och skicka igen.`,
        ];
      } else {
        texter = ['SIP:en har ändrats av någon annan sedan du läste den, och den kunde inte läsas igen. Det du skrev finns kvar; försök igen om en stund.'];
      }
    }
    setSkickar(false);
    setFel(tolkade.falt);
    setFragaGrund(behoverGrund);
    setAllmanna(behoverGrund ? [] : texter);
    setFokusera((value) => value + 1);
  }

  const datumFel = fel['input.nastaUppfoljning'];
  const handlingFel = fel['input.handling'];
  const kommentarFel = fel['input.kommentar'];
  return (
    <div className="starta-sip">
      <form
        ref={formRef}
        aria-labelledby={id('rubrik')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void skicka(null);
        }}
      >
        <h3 id={id('rubrik')} ref={rubrikRef} tabIndex={-1}>
          Nästa steg i SIP för {formatPersonnummer(personnummer)}
        </h3>
        <p>
          Nu: {sipStatusNamn[sip.status]}
          {sip.nastaUppfoljning ? `, nästa uppföljning ${sip.nastaUppfoljning}` : ''}
          {sip.forsenadUppfoljning ? ' (försenad)' : ''}.
        </p>
        {steg.length === 0 ? (
          <p>SIP:en är avslutad.</p>
        ) : (
          <fieldset {...(handlingFel ? { 'aria-describedby': id('handling-fel') } : {})}>
            <legend>Steg</legend>
            {steg.map((handling) => (
              <label key={handling} className="kryss">
                <input
                  type="radio"
                  name={id('handling')}
                  value={handling}
                  checked={formular.handling === handling}
                  onChange={() => setFormular((forra) => ({ ...forra, handling }))}
                  {...(handlingFel ? { 'aria-invalid': true as const } : {})}
                />
                {handlingNamn[handling]}
              </label>
            ))}
            {handlingFel ? (
              <span className="falt-fel" id={id('handling-fel')}>
                {handlingFel}
              </span>
            ) : null}
          </fieldset>
        )}
        {kraverDatum(formular.handling) ? (
          <label htmlFor={id('datum')}>
            Nästa uppföljning
            <input
              id={id('datum')}
              type="date"
              min={idag}
              value={formular.nastaUppfoljning}
              onChange={(event) => setFormular((forra) => ({ ...forra, nastaUppfoljning: event.target.value }))}
              {...(datumFel ? { 'aria-invalid': true as const, 'aria-describedby': id('datum-fel') } : {})}
            />
            {datumFel ? (
              <span className="falt-fel" id={id('datum-fel')}>
                {datumFel}
              </span>
            ) : null}
          </label>
        ) : null}
        <label htmlFor={id('kommentar')}>
          Kommentar (valfri, inga personnummer)
          <textarea
            id={id('kommentar')}
            rows={2}
            value={formular.kommentar}
            onChange={(event) => setFormular((forra) => ({ ...forra, kommentar: event.target.value }))}
            {...(kommentarFel ? { 'aria-invalid': true as const, 'aria-describedby': id('kommentar-fel') } : {})}
          />
          {kommentarFel ? (
            <span className="falt-fel" id={id('kommentar-fel')}>
              {kommentarFel}
            </span>
          ) : null}
        </label>
        <FormularSlut allmanna={allmanna} skickar={skickar} skicka={steg.length > 0 ? handlingNamn[formular.handling] : null} skickarText="Sparar …" onAvbryt={onAvbryt} knappar={!fragaGrund} />
      </form>
      {fragaGrund ? (
        <SipGrundfraga
          grundRef={grundRef}
          etikett="Åtkomstgrund för att ändra SIP:en"
          text="SIP:en hör också till en annan huvudman: ange åtkomstgrund för den här patienten. Det du skrev finns kvar."
          knapptext="Bekräfta och spara"
          onBekrafta={(grund) => void skicka(grund)}
          onAvbryt={onAvbryt}
        />
      ) : null}
    </div>
  );
}
