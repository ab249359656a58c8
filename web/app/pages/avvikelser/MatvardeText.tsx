// One figure of the analysis in text: the number, "<5" when withheld, "ej
// tillgängligt" when its service did not answer, "–" when there was nothing to
// compute it from. Never a 0 that is not a 0.
import { EjTillgangligt, Undertryckt } from '../../components/OperationStatus.js';
import type { Matvarde } from './matvarde.js';
import { formatHeltal } from '../../format/tal.js';

export function MatvardeText({ varde, formatera = formatHeltal }: { varde: Matvarde; formatera?: (varde: number) => string }) {
  switch (varde.typ) {
    case 'varde':
      return <>{formatera(varde.varde)}</>;
    case 'undertryckt':
      return <Undertryckt />;
    case 'saknas':
      return <EjTillgangligt />;
    case 'inget':
      return (
        <span className="avvikelser-inget" title="Inget underlag: inga avvikelser att räkna på">
          –<span className="avvikelser-dold"> (inget underlag)</span>
        </span>
      );
  }
}
