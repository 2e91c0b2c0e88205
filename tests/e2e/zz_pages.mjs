import { startApp, stopApp, newPage, openApp } from './helpers.mjs';
import { importDiary, helpsDiary, waitForCount } from './diary.mjs';
const pdfPages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g).length;
const app = await startApp();
const cases = {
  reviewer: 'age=62&sex=female&form=citrate&unit_mg=100&target=300&meds=levothyroxine,iron,ppi,gabapentin,thiazide,digoxin,zinc&egfr=50&ferritin=40&tsat=15&serum=2.1&gi=1&quiz=urge:y,rest:y,move:y,evening:y,mimic:n&lifestyle=walk,stretch,caffeine',
  thirteen: 'age=62&sex=female&form=citrate&unit_mg=100&target=300&meds=levothyroxine,iron,ppi,gabapentin,thiazide,digoxin,zinc,quinolone,tetracycline,bisphosphonate,loop_diuretic,potassium_sparing,mycophenolate&egfr=50&ferritin=40&tsat=15&serum=2.1&gi=1&quiz=urge:y,rest:y,move:y,evening:y,mimic:n&lifestyle=walk,stretch,caffeine',
  all: 'age=62&sex=female&form=citrate&unit_mg=100&target=300&meds=levothyroxine,iron,ppi,gabapentin,thiazide,digoxin,zinc,quinolone,tetracycline,bisphosphonate,integrase,loop_diuretic,potassium_sparing,eltrombopag,penicillamine,mycophenolate,raltegravir&egfr=50&ferritin=40&tsat=15&serum=2.1&gi=1&quiz=urge:y,rest:y,move:y,evening:y,mimic:n&lifestyle=walk,stretch,caffeine',
};
const css = process.argv[2] ? `@media print { ${process.argv[2]} }` : '';
for (const [name, search] of Object.entries(cases)) {
  const page = await newPage(app, { bypassCSP: true });
  await openApp(app, page, `?view=trial&${search}`);
  const d = helpsDiary();
  await importDiary(page, d.file);
  await waitForCount(page, d.valid.length);
  await openApp(app, page, `?view=report&${search}`);
  await page.locator('[data-testid=report]').waitFor();
  if (css) await page.addStyleTag({ content: css });
  const n = await page.locator('[data-testid=finding]').count();
  const out = [];
  for (const format of ['A4', 'Letter']) out.push(`${format} ${pdfPages(await page.pdf({ format, printBackground: true }))}`);
  console.log(name, 'findings', n, out.join(', '), page.errors);
  if (name === 'all') await page.pdf({ path: '/tmp/all.pdf', format: 'Letter', printBackground: true });
  await page.context().close();
}
await stopApp(app);
