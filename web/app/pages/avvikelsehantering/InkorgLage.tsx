// The inbox at a glance, by status: what waits to be received, what is being
// worked on, what is overdue, and what waits for the reporter to close it.
// Each figure opens the list with that status.
import { formatHeltal } from '../../format/tal.js';
import { AvvikelseInkorgLageDocument } from '../../generated/graphql.js';
import { useOperation } from '../../graphql/useOperation.js';
import { formatRoute } from '../../routing/route.js';

export function InkorgLage({ mottagandeHuvudman, enhet, minEnhet }: { mottagandeHuvudman: string; enhet: string | null; minEnhet: boolean }) {
  const mottagande = enhet ? { mottagandeHuvudman, mottagandeEnhetHsaId: enhet } : { mottagandeHuvudman };
  const lage = useOperation(AvvikelseInkorgLageDocument, {
    attTaEmot: { ...mottagande, statusar: ['RAPPORTERAD'] },
    underArbete: { ...mottagande, statusar: ['MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'] },
    aterkopplade: { ...mottagande, statusar: ['ATERKOPPLAD'] },
    forsenade: enhet ? { mottagandeEnhetHsaId: enhet } : { mottagandeHuvudman },
  });
  if (lage.status !== 'klar') return null;
  const lank = (status: string) => formatRoute({ page: 'inkorg', params: { status, ...(minEnhet ? { enhet: 'min' } : {}) } });
  const kort = [
    { id: 'att-ta-emot', antal: lage.data.attTaEmot.totalCount, text: 'att ta emot', href: lank('RAPPORTERAD') },
    { id: 'under-arbete', antal: lage.data.underArbete.totalCount, text: 'mottagna, väntar på återkoppling', href: lank('oppna') },
    { id: 'forsenade', antal: lage.data.forsenade.totalCount, text: 'med försenad återkoppling (står först i listan)', href: lank('oppna') },
    { id: 'aterkopplade', antal: lage.data.aterkopplade.totalCount, text: 'återkopplade, väntar på att rapportören avslutar', href: lank('ATERKOPPLAD') },
  ];
  return (
    <div className="kort" role="group" aria-label="Inkorgen per status">
      {kort.map((del) => (
        <div key={del.id} data-testid={`inkorg-${del.id}`}>
          <a href={del.href}>
            <span className="siffra">{formatHeltal(del.antal)}</span>
            <span className="etikett">{del.text}</span>
          </a>
        </div>
      ))}
    </div>
  );
}
