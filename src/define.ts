/** Entry `fair-offer/define`: registers `<fair-offer>` (harmless if it is already defined). */
import { FairOffer } from './element/fair-offer.js';

FairOffer.define();

export { FairOffer };
