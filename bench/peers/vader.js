// Peer benchmark: npm `vader-sentiment`, polarity_scores of each document's text.
// usage: node vader.js CORPUS.jsonl   (prints seconds spent scoring, after reading)
'use strict';
const fs = require('fs');
const path = require('path');
const vader = require(path.join(__dirname, '../../third_party/npm/node_modules/vader-sentiment'));

const texts = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const start = process.hrtime.bigint();
let sum = 0;
for (const t of texts) sum += vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({peer: 'vader-sentiment', docs: texts.length, seconds: secs, checksum: sum}));
