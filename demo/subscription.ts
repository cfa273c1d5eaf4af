import offer from '../examples/offers/subscription.json';
import { mountDemo } from './mount.js';

mountDemo(offer);
