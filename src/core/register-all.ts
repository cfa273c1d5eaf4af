/**
 * Registers every copy pack, every language's strings and every check group, once, on import. For the Node
 * entries that validate offers synchronously in any language (`fair-offer/core`, the CLI, the server renderer);
 * the browser element registers English only and loads other languages and check groups on demand.
 */
import { registerCopyPack } from './copy/pack-registry.js';
import { PACKS } from './copy/packs/all.js';
import './locales/all.js';
import { registerCheckGroup } from './guardrails/check-groups.js';
import { WORDING_GROUP } from './guardrails/wording-group.js';
import { JURISDICTION_GROUP } from './guardrails/jurisdiction/jurisdiction-group.js';
import { EXPERIMENT_GROUP } from './guardrails/experiment-group.js';

for (const pack of PACKS) registerCopyPack(pack);
registerCheckGroup(WORDING_GROUP);
registerCheckGroup(JURISDICTION_GROUP);
registerCheckGroup(EXPERIMENT_GROUP);
