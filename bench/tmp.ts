import { analyzeEvents } from '../src/core/analyze.js';
import { formatAnalysis } from '../src/report/text.js';
import { generateExperiment, SIZES_SCENARIO } from './analyze-generate.js';
import { readFileSync } from 'node:fs';
const offer = JSON.parse(readFileSync('demo/offers/pilot-retreat-sizes.json','utf8'));
for (const n of [24000]) console.log(formatAnalysis(analyzeEvents(generateExperiment(SIZES_SCENARIO, n, 5), { offers: [offer] })).split('\n').filter(l=>/^rtr|Smallest/.test(l)).join('\n'));
