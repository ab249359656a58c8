// The trend section: the bar chart per month and the same numbers as a table —
// a list beside the chart for a year or so, a year × month table under it for
// longer periods.
import { AntalTabell } from './AntalTabell.js';
import { arsrader, manadsetiketter, manadskolumner, type Manadsstapel } from './manadsserie.js';
import { MatvardeText } from './MatvardeText.js';
import { Stapeldiagram } from './Stapeldiagram.js';
import { Teckenforklaring } from './Teckenforklaring.js';

/** Up to this many months the table is a list beside the chart. */
const maxManaderILista = 13;

export function TrendPerManad({ manader, grans, beskrivning }: { manader: readonly Manadsstapel[]; grans: number; beskrivning: string }) {
  const lang = manader.length > maxManaderILista;
  return (
    <div className={lang ? undefined : 'avvikelser-diagram-och-tabell'}>
      <div>
        <Stapeldiagram
          beskrivning={beskrivning}
          staplar={manader.map((stapel) => ({ nyckel: stapel.manad, namn: stapel.namn, antal: stapel.antal }))}
          etiketter={manadsetiketter(manader.map((stapel) => stapel.manad))}
          grans={grans}
          yAxel="Antal avvikelser"
          bredd={lang ? 1100 : 720}
        />
        <Teckenforklaring grans={grans} />
      </div>
      {lang ? <Arstabell manader={manader} /> : <Manadslista manader={manader} />}
    </div>
  );
}

function Manadslista({ manader }: { manader: readonly Manadsstapel[] }) {
  return <AntalTabell caption="Avvikelser per månad" kolumn="Månad" rader={manader.map((stapel) => ({ key: stapel.manad, namn: stapel.namn, antal: stapel.antal }))} />;
}

function Arstabell({ manader }: { manader: readonly Manadsstapel[] }) {
  return (
    <table className="avvikelser-arstabell">
      <caption>Avvikelser per månad</caption>
      <thead>
        <tr>
          <th scope="col">År</th>
          {manadskolumner.map((manad) => (
            <th key={manad} scope="col" className="tal">
              {manad}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {arsrader(manader).map((rad) => (
          <tr key={rad.ar}>
            <th scope="row">{rad.ar}</th>
            {rad.manader.map((stapel, index) =>
              // The trailing space keeps neighbouring numbers apart in the page text (copying, text search).
              <td key={index} className="tal">
                {stapel ? <MatvardeText varde={stapel.antal} /> : null}{' '}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
