// The närområde's avvikelser i samverkan without patient link: how many are
// open, which have overdue återkoppling, and which categories recur.
import { Fel, Laddar } from '../../components/OperationStatus.js';
import type { NaromradeVyAvvikelserQuery } from '../../generated/graphql.js';
import type { OperationState } from '../../graphql/useOperation.js';
import { aterkommandeKategorier, antalManaderIFonstret, minstAntalManader } from './agenda/aterkommandeKategorier.js';
import { dagarMellan, manadText } from './datum.js';
import { formatHeltal } from '../../format/tal.js';
import { avvikelseKategoriNamn, avvikelseStatusNamn } from '../../format/kodnamn.js';
import { avvikelseHref } from '../../routing/route.js';
import { Rullyta } from '../../components/Rullyta.js';

export function AvvikelserSektion({
  state,
  idag,
  manader,
  onRetry,
}: {
  state: OperationState<NaromradeVyAvvikelserQuery>;
  idag: string;
  manader: readonly string[];
  onRetry(): void;
}) {
  if (state.status === 'vilande' || state.status === 'laddar') return <Laddar vad="avvikelser" />;
  if (state.status === 'fel') {
    if (state.problems.refused.length > 0) return <p className="naromrade-ej-behorig">Avvikelserna är inte tillgängliga för din roll.</p>;
    return <Fel problems={state.problems} onRetry={onRetry} />;
  }
  const { oppna, utanAterkoppling, forsenadeAterkopplingar, avvikelseanalys, senaste } = state.data;
  const aterkommande = aterkommandeKategorier(avvikelseanalys.celler, manader);
  const visade = forsenadeAterkopplingar.edges.length;
  return (
    <>
      <div className="kort">
        <div data-testid="oppna-avvikelser">
          <span className="siffra">{formatHeltal(oppna.totalCount)}</span>
          <span className="etikett">öppna avvikelser (ej avslutade eller avvisade)</span>
        </div>
        <div>
          <span className="siffra">{formatHeltal(utanAterkoppling.totalCount)}</span>
          <span className="etikett">väntar på återkoppling</span>
        </div>
        <div data-testid="forsenade-aterkopplingar">
          <span className="siffra">{formatHeltal(forsenadeAterkopplingar.totalCount)}</span>
          <span className="etikett">med försenad återkoppling (mer än 60 dagar)</span>
        </div>
      </div>
      {forsenadeAterkopplingar.totalCount === 0 ? (
        <p className="tomt">Inga avvikelser har försenad återkoppling.</p>
      ) : (
        <Rullyta etikett="Avvikelser med försenad återkoppling">
          <table>
            <caption>Avvikelser med försenad återkoppling</caption>
            <thead>
              <tr>
                <th scope="col">Avvikelse</th>
                <th scope="col">Kategori</th>
                <th scope="col">Händelsedatum</th>
                <th scope="col">Ska återkoppla</th>
                <th scope="col">Senast</th>
                <th scope="col" className="tal">
                  Dagar över tiden
                </th>
              </tr>
            </thead>
            <tbody>
              {forsenadeAterkopplingar.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <a href={avvikelseHref(node.id)}>{node.id}</a>
                  </th>
                  <td>{avvikelseKategoriNamn[node.kategori]}</td>
                  <td>{node.handelsedatum}</td>
                  <td>{node.mottagandeHuvudman.namn}</td>
                  <td>{node.aterkopplingSenast ?? '–'}</td>
                  <td className="tal">{node.aterkopplingSenast ? dagarMellan(node.aterkopplingSenast, idag) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {forsenadeAterkopplingar.totalCount > visade ? (
            <p className="hjalp">
              Visar {visade} av {forsenadeAterkopplingar.totalCount}.
            </p>
          ) : null}
        </Rullyta>
      )}
      {senaste.edges.length > 0 ? (
        <Rullyta etikett="Senast rapporterade avvikelser">
          <table>
            <caption>Senast rapporterade avvikelser</caption>
            <thead>
              <tr>
                <th scope="col">Avvikelse</th>
                <th scope="col">Status</th>
                <th scope="col">Kategori</th>
                <th scope="col">Händelsedatum</th>
                <th scope="col">Från</th>
                <th scope="col">Till</th>
              </tr>
            </thead>
            <tbody>
              {senaste.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <a href={avvikelseHref(node.id)}>{node.id}</a>
                  </th>
                  <td>{avvikelseStatusNamn[node.status]}</td>
                  <td>{avvikelseKategoriNamn[node.kategori]}</td>
                  <td>{node.handelsedatum}</td>
                  <td>{node.rapporterandeHuvudman.namn}</td>
                  <td>{node.mottagandeHuvudman.namn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Rullyta>
      ) : null}
      <h3>Återkommande kategorier</h3>
      <p className="hjalp">
        En kategori räknas som återkommande när den har avvikelser under minst {minstAntalManader} av de {antalManaderIFonstret} senaste kalendermånaderna (
        {manader.map(manadText).join(', ')}).
      </p>
      {aterkommande.length === 0 ? (
        <p className="tomt">Inga kategorier återkommer.</p>
      ) : (
        <ul>
          {aterkommande.map((kategori) => (
            <li key={kategori.kategori}>
              <strong>{avvikelseKategoriNamn[kategori.kategori]}</strong>: {kategori.manader.map(manadText).join(', ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
