import offer from '../examples/offers/saas-pilot-constraints.json';
import { mountDemo } from './mount.js';

mountDemo(offer);
