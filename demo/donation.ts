import offer from '../examples/offers/donation.json';
import { mountDemo } from './mount.js';

mountDemo(offer);
