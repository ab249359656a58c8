// What a närområdesplan's åtgärder are about: typical joint improvements
// taken from NOSAM practice, written as short Swedish tasks.

export const atgardBeskrivningar: readonly string[] = [
  'Ta fram gemensam rutin för läkemedelsgenomgång vid inflyttning på särskilt boende',
  'Säkerställ att kontaktuppgifter till ansvarig läkare finns på varje boende',
  'Följ upp avvikelser om utebliven informationsöverföring vid utskrivning',
  'Genomför gemensam utbildning i SIP för hemsjukvård och vårdcentraler',
  'Inför fasta tider för läkarrond på korttidsboende',
  'Se över rutin för provtagning i hemmet',
  'Kartlägg behovet av läkarmedverkan i bostad med särskild service',
  'Uppdatera överenskommelsen om hjälpmedel vid hemgång',
  'Inför gemensam rutin för palliativ vård i livets slutskede',
  'Tydliggör ansvaret för delegering av läkemedelshantering',
  'Utvärdera samverkan kring mobil närvård i närområdet',
  'Stäm av läkarmedverkan mot antalet platser per boende',
  'Ta fram gemensam kontaktväg utanför kontorstid',
  'Analysera återkommande avvikelser om vårdplanering som systemfel',
];
