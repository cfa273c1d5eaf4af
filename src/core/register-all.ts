/**
 * Registers every copy pack and every language's strings, once, on import. For the Node entries that
 * validate offers synchronously in any language (`fair-offer/core`, the CLI, the server renderer); the
 * browser element registers English only and loads other languages on demand.
 */
import { registerCopyPack } from './copy/pack-registry.js';
import { PACKS } from './copy/packs/all.js';
import './locales/all.js';

for (const pack of PACKS) registerCopyPack(pack);
