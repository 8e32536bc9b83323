import puppeteer from 'puppeteer-core';
const [url, out, width = '1280', token = ''] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 900 });
if (token) {
  await page.goto(new URL('/healthz', url).href);
  await page.evaluate((t) => sessionStorage.setItem('kohtaamo-staff-token', t), token);
}
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('response', (r) => r.status() >= 400 && errors.push(r.status() + ' ' + r.url()));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
if (process.env.CLICK) { await page.evaluate((s) => { const [host, sel] = s.split('|'); document.querySelector(host)?.shadowRoot?.querySelector(sel)?.click(); }, process.env.CLICK); await new Promise((r) => setTimeout(r, 2000)); }
await page.screenshot({ path: out, fullPage: true });
console.log('errors:', errors);
await browser.close();
