// Peer benchmark: npm `sentiment` (AFINN-165), analyze() of each document's text.
// usage: node afinn.js CORPUS.jsonl   (prints seconds spent scoring, after reading)
'use strict';
const fs = require('fs');
const path = require('path');
const Sentiment = require(path.join(__dirname, '../../third_party/npm/node_modules/sentiment'));

const texts = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const sentiment = new Sentiment();
const start = process.hrtime.bigint();
let sum = 0;
for (const t of texts) sum += sentiment.analyze(t).comparative;
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({peer: 'sentiment', docs: texts.length, seconds: secs, checksum: sum}));
