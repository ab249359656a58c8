// Swedish order for every list the web app shows (å, ä, ö after z; "Hus 2"
// before "Hus 10"): the very comparison the services sort by, so a list reads
// the same whichever side ordered it.
export { compareSwedish, sortByNamn } from '../../../platform/sorting/swedishOrder.js';
