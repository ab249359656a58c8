// The generated dagordning for the närområde's NOSAM meeting, as an ordered
// list that can be printed on its own ("Skriv ut dagordning").
import type { Dagordningspunkt } from './agenda/generateAgenda.js';
import { avvikelseHref } from '../../routing/route.js';

/** Printing only the agenda: a class on <html> that the print rules in styles.css look for. */
const utskriftsklass = 'utskrift-dagordning';

function skrivUtDagordning() {
  const html = document.documentElement;
  html.classList.add(utskriftsklass);
  const aterstall = () => {
    html.classList.remove(utskriftsklass);
    window.removeEventListener('afterprint', aterstall);
  };
  window.addEventListener('afterprint', aterstall);
  window.print();
}

const slagEtikett: Partial<Record<Dagordningspunkt['slag'], string>> = {
  arende: 'Att ta upp',
  saknas: 'Uppgift saknas',
};

export function Dagordning({ rubrik, mote, inbjudna = [], punkter }: { rubrik: string; mote?: string | null; inbjudna?: readonly string[]; punkter: readonly Dagordningspunkt[] }) {
  return (
    <>
      <p className="naromrade-dagordning-huvud">{rubrik}</p>
      {mote ? (
        <p className="naromrade-dagordning-mote" data-testid="dagordning-mote">
          {mote}
        </p>
      ) : null}
      {inbjudna.length > 0 ? <p data-testid="dagordning-inbjudna">Inbjudna: {inbjudna.join(', ')}</p> : null}
      <ol className="naromrade-dagordning-lista" data-testid="dagordning">
        {punkter.map((punkt) => (
          <li key={punkt.id} className={`naromrade-dagordning-${punkt.slag}`} data-punkt={punkt.id}>
            <span className="naromrade-dagordning-rubrik">{punkt.rubrik}</span>
            {slagEtikett[punkt.slag] ? <span className={punkt.slag === 'saknas' ? 'etikett-varning' : 'naromrade-etikett-arende'}>{slagEtikett[punkt.slag]}</span> : null}
            {punkt.detaljer.length > 0 ? (
              <ul>
                {punkt.detaljer.map((detalj) =>
                  typeof detalj === 'string' ? (
                    <li key={detalj}>{detalj}</li>
                  ) : (
                    <li key={detalj.avvikelseId}>
                      <a href={avvikelseHref(detalj.avvikelseId)}>{detalj.avvikelseId}</a> · {detalj.text}
                    </li>
                  ),
                )}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function SkrivUtDagordning({ disabled }: { disabled: boolean }) {
  return (
    <button type="button" className="inte-utskrift" onClick={skrivUtDagordning} disabled={disabled}>
      Skriv ut dagordning
    </button>
  );
}
