/**
 * The structure check (valibot's issues as findings that say which field and what to change) as a group: only an
 * offer that does not match the offer model needs its wording, so the browser loads it as its own chunk, before
 * validating, when the offer fails the schema; `fair-offer/core` registers it on import.
 */
import type { CheckGroup } from './check-groups.js';
import { offerStructureCheck } from './offer-structure.js';

export const STRUCTURE_GROUP: CheckGroup = { name: 'structure', checks: [offerStructureCheck] };
