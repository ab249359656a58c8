// Trace and span ids that the personnummer masking leaves alone. A random 32-hex trace id holds ten or twelve
// decimal digits in a row in a few percent of traces; the log's masking (redact.ts) then hides part of the
// `traceId` on the request line and the line no longer leads to its trace. Such ids are drawn again.
import { RandomIdGenerator, type IdGenerator } from '@opentelemetry/sdk-trace';
import { redact } from '../logging/redact.js';

/** True when the log's masking would change `text`: it looks like (or holds) a personnummer. */
export function maskedByLog(text: string): boolean {
  return redact(text) !== text;
}

function drawUntilClean(draw: () => string): string {
  for (;;) {
    const id = draw();
    if (!maskedByLog(id)) return id;
  }
}

export class PersonnummerFreeIdGenerator implements IdGenerator {
  constructor(private readonly random: IdGenerator = new RandomIdGenerator()) {}

  generateTraceId(): string {
    return drawUntilClean(() => this.random.generateTraceId());
  }

  generateSpanId(): string {
    return drawUntilClean(() => this.random.generateSpanId());
  }
}
