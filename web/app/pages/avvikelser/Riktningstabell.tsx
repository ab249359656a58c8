// The direction matrix as a table: one row per kommun, the two directions as
// columns, cells shaded by size (darker: more) and hatched when withheld.
import { MatvardeText } from './MatvardeText.js';
import { skuggningsniva, type Riktningsmatris } from './riktningsmatris.js';
import type { Matvarde } from './matvarde.js';

export function Riktningstabell({ matris, caption }: { matris: Riktningsmatris; caption: string }) {
  const region = matris.region?.namn ?? 'regionen';
  const cell = (antal: Matvarde) => (
    <td className={`tal ${antal.typ === 'undertryckt' ? 'avvikelser-randig' : `avvikelser-skugga-${skuggningsniva(antal, matris.storsta)}`}`}>
      <MatvardeText varde={antal} />
    </td>
  );
  return (
    <>
      <table className="avvikelser-matris">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kommun</th>
            <th scope="col" className="tal">
              Kommunen rapporterar till {region}
            </th>
            <th scope="col" className="tal">
              {region} rapporterar till kommunen
            </th>
          </tr>
        </thead>
        <tbody>
          {matris.rader.map((rad) => (
            <tr key={rad.kommun.id}>
              <th scope="row">{rad.kommun.namn}</th>
              {cell(rad.tillRegionen)}
              {cell(rad.franRegionen)}
            </tr>
          ))}
        </tbody>
      </table>
      {matris.ovriga.length > 0 ? (
        <table>
          <caption>Övriga riktningar</caption>
          <thead>
            <tr>
              <th scope="col">Rapporterande</th>
              <th scope="col">Mottagande</th>
              <th scope="col" className="tal">
                Antal
              </th>
            </tr>
          </thead>
          <tbody>
            {matris.ovriga.map((ovrig) => (
              <tr key={`${ovrig.rapporterande}→${ovrig.mottagande}`}>
                <td>{ovrig.rapporterande}</td>
                <td>{ovrig.mottagande}</td>
                <td className="tal">
                  <MatvardeText varde={ovrig.antal} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
