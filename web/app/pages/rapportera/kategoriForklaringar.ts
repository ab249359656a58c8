// One line per avvikelse category, shown under the Kategori choice so the
// reporter picks the right one. Typed by the generated enum: a new category in
// the schema fails the type check here until it has its explanation.
import type { AvvikelseKategori } from '../../generated/graphql.js';

export const kategoriForklaringar: Record<AvvikelseKategori, string> = {
  INFORMATIONSOVERFORING: 'Information om patienten nådde inte den andra huvudmannen, kom för sent eller var ofullständig.',
  LAKEMEDEL: 'Läkemedelslista, ordination, recept eller läkemedel saknades, var fel eller kom inte fram vid överlämningen.',
  IN_OCH_UTSKRIVNING: 'Inskrivning eller utskrivning från sluten vård följde inte överenskommelsen, t.ex. utan planering eller besked.',
  SIP: 'En samordnad individuell plan kallades inte till, följdes inte eller följdes inte upp som överenskommet.',
  LAKARMEDVERKAN: 'Läkarmedverkan i den kommunala hälso- och sjukvården uteblev, t.ex. rond, hembesök eller fast läkarkontakt.',
  HJALPMEDEL: 'Hjälpmedel saknades, var fel eller ordinerades eller levererades inte enligt överenskommelsen.',
  VARDPLANERING: 'Vårdplanering inför eller efter vården gjordes inte, eller följde inte riktlinjen.',
  BEMOTANDE: 'Patienten, närstående eller personal bemöttes på ett sätt som bröt mot överenskommelsen mellan huvudmännen.',
  OVRIGT: 'Annat som inte följde överenskommelser, riktlinjer eller rutiner mellan huvudmännen.',
};
