// A boendeansvar row: the boende, vårdcentral and läkare are references the
// kommun and vgr subgraphs resolve.
import type { BoendeansvarResolvers } from '../generated/resolvers.js';

export const Boendeansvar: BoendeansvarResolvers = {
  boende: (ansvar) => ({ id: ansvar.boendeId }),
  vardcentral: (ansvar) => ({ hsaId: ansvar.vardcentralHsaId }),
  lakare: (ansvar) => ({ hsaId: ansvar.lakareHsaId }),
  kontaktperson: (ansvar) => ({ namn: ansvar.kontaktpersonNamn, telefon: ansvar.kontaktpersonTelefon }),
};
