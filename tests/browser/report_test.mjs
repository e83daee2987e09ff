// SPDX-License-Identifier: MIT
// Opens the report in headless Chromium and checks what a reader relies on: the seven sections
// with their headings, every chart drawn with a real size, at least one chart per section,
// evidence links that land on the document index, no console errors and no network requests.
// Saves a full-page screenshot.
//
// usage: node tests/browser/report_test.mjs REPORT.html SCREENSHOT.png THIRD_PARTY_NPM_DIR
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , reportPath, screenshotPath, npmDir] = process.argv;
if (!reportPath || !screenshotPath || !npmDir) {
  console.error('usage: node report_test.mjs REPORT.html SCREENSHOT.png THIRD_PARTY_NPM_DIR');
  process.exit(2);
}
// playwright-core lives in third_party/npm, not beside this file.
const require = createRequire(path.join(path.resolve(npmDir), 'package.json'));
const { chromium } = require('playwright-core');

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

const reportUrl = pathToFileURL(path.resolve(reportPath)).href;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Anything but the report itself is a fetch the page must not make; refuse it and note it.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === reportUrl) return route.continue();
    if (!requests.includes(url)) requests.push(url);
    return route.abort();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (url !== reportUrl && !url.startsWith('data:') && !requests.includes(url)) requests.push(url);
  });

  await page.goto(reportUrl, { waitUntil: 'load' });

  const sections = await page.evaluate(() => {
    const out = [];
    for (let q = 1; q <= 7; q++) {
      const s = document.querySelector(`section[id^="q${q}-"]`);
      out.push({
        q,
        id: s ? s.id : null,
        heading: s && s.querySelector('h2') ? s.querySelector('h2').textContent.trim() : '',
        charts: s ? s.querySelectorAll('svg').length : 0,
      });
    }
    return out;
  });
  for (const s of sections) {
    check(s.id, `section q${s.q} is missing`);
    if (!s.id) continue;
    check(s.heading.length > 0, `section ${s.id} has no heading`);
    check(s.charts > 0, `section ${s.id} has no chart`);
  }

  // Charts inside folded <details> have no box until opened: open everything, measure, fold back.
  const svgs = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')];
    closed.forEach((d) => (d.open = true));
    const boxes = [...document.querySelectorAll('svg')].map((svg, i) => {
      const r = svg.getBoundingClientRect();
      const section = svg.closest('section');
      return { i, section: section ? section.id : '(outside sections)', width: r.width, height: r.height };
    });
    closed.forEach((d) => (d.open = false));
    return boxes;
  });
  check(svgs.length >= 7, `expected a chart per section, found ${svgs.length} <svg> in all`);
  for (const b of svgs) {
    check(b.width > 0 && b.height > 0, `<svg> #${b.i} in ${b.section} renders ${b.width}x${b.height}`);
  }

  const links = await page.evaluate(() => {
    const anchors = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1));
    return {
      evidence: anchors.filter((id) => id.startsWith('doc-')).length,
      broken: [...new Set(anchors.filter((id) => !document.getElementById(id)))],
      index: document.querySelectorAll('section#documents tr[id^="doc-"]').length,
    };
  });
  check(links.evidence > 0, 'no evidence link points at the document index');
  check(links.index > 0, 'the document index is empty');
  check(links.broken.length === 0, `links to missing anchors: ${links.broken.slice(0, 10).join(', ')}`);

  check(consoleErrors.length === 0, `console errors: ${consoleErrors.slice(0, 5).join(' | ')}`);
  check(requests.length === 0, `network requests: ${requests.slice(0, 5).join(', ')}`);

  await page.screenshot({ path: screenshotPath, fullPage: true });
  console.log(
    `browser_report: ${sections.filter((s) => s.id).length} sections, ${svgs.length} charts, ` +
      `${links.evidence} evidence links to ${links.index} documents; screenshot ${screenshotPath}`,
  );
} finally {
  await browser.close();
}

if (failures.length) {
  for (const f of failures) console.error(`browser_report: FAIL: ${f}`);
  process.exit(1);
}
