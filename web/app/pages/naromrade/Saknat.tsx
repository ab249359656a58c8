// A value the närområde view could not show, said as why: a service down, not
// for the user's role, or failed. Never shown as zero or as an empty list.
import { EjTillgangligt, Undertryckt } from '../../components/OperationStatus.js';
import type { Saknas } from './agenda/generateAgenda.js';
import { formatHeltal } from '../../format/tal.js';

export function Saknat({ saknas }: { saknas: Saknas }) {
  switch (saknas.orsak) {
    case 'ej-tillgangligt':
      return <EjTillgangligt />;
    case 'inte-for-din-roll':
      return <span className="naromrade-ej-behorig">inte tillgängligt för din roll</span>;
    case 'kunde-inte-hamtas':
      return <span className="ej-tillgangligt">kunde inte hämtas</span>;
  }
}

/** A protected count (`Antal`): the number, withheld (<5), or missing with its reason. */
export function AntalVarde({ antal, saknas }: { antal: { varde: number | null; undertryckt: boolean } | null; saknas: Saknas }) {
  if (antal === null) return <Saknat saknas={saknas} />;
  if (antal.undertryckt || antal.varde === null) return <Undertryckt />;
  return <>{formatHeltal(antal.varde)}</>;
}
