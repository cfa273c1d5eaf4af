/**
 * The German pack, table-driven: dark copy that must be refused, and honest copy (neutral refusals with and
 * without the visitor's own reason, real deadlines, capacities with a source, prices, checkout and consent
 * strings) that must pass. Written from the language, not from any development or blind batch.
 */
import * as tables from './copy-de.js';
import { describePack } from './pack-suite.js';

describePack({
  name: 'German',
  locale: 'de',
  tables,
  underDeadline: {
    text: 'Anmeldung endet bald',
    deadline: { at: '2099-03-01T00:00:00Z', reason: 'Der Kurs beginnt am 2. März' },
  },
  sourcedClaim: { text: 'Nur noch 3 Plätze frei', source: 'Buchungssystem, Raum für 12' },
});
