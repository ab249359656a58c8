// The key under a bar chart: a filled bar is a (rounded) count, a hatched one a withheld count.
export function Teckenforklaring({ grans }: { grans: number }) {
  return (
    <p className="avvikelser-teckenforklaring">
      <span className="avvikelser-ruta avvikelser-ruta-fylld" aria-hidden="true" /> antal (avrundat){' '}
      <span className="avvikelser-ruta avvikelser-randig" aria-hidden="true" /> färre än {grans}, undertryckt
    </p>
  );
}
