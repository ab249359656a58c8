// The striped fill the charts give a withheld count ("<5"), so it is never read as a bar of 0 or of 5.
import { useId } from 'react';

/** A pattern id unique to this chart (several charts share the page) and its `<defs>`. */
export function useUndertrycktMonster(): { fyllning: string; definition: JSX.Element } {
  const id = `randigt-${useId().replace(/:/g, '')}`;
  return {
    fyllning: `url(#${id})`,
    definition: (
      <defs>
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#ffffff" />
          <rect width="3" height="8" fill="#00508c" />
        </pattern>
      </defs>
    ),
  };
}
