/**
 * The French pack, table-driven: dark copy that must be refused, and honest copy (neutral refusals with and
 * without the visitor's own reason, real deadlines, capacities with a source, prices, checkout and consent
 * strings) that must pass. Typographic apostrophes and quotes (’ « ») are written as shops write them.
 * Written from the language, not from any development or blind batch.
 */
import * as tables from './copy-fr.js';
import { describePack } from './pack-suite.js';

describePack({
  name: 'French',
  locale: 'fr',
  tables,
  sourcedClaim: { text: 'Plus que 3 places', source: 'Réservations, salle de 12' },
});
