// Import of a large .env (issue 13 item 4): a 10,000-line file pasted into the Environment tab's import
// dialog, then added to the list. Two figures, each with the page's own clock (performance.now()):
//   - paste -> preview shown: the paste event until the preview's count line is painted;
//   - apply -> longest long task: the longest task (PerformanceObserver "longtask", > 50 ms) from the click
//     on "Add N to list" until the list shows the N unsaved changes, painted, and three quiet frames after.
// "Painted" is as in scale.mjs: a task queued from the requestAnimationFrame that follows the change.

/** A .env as people paste them: comments, blank lines, quoted values, `export`, a few long values. */
export function benchDotenv(lines) {
  const out = ['# pasted for the import bench'];
  for (let i = 0; out.length < lines; i++) {
    const key = `BENCH_IMPORT_${String(i).padStart(5, '0')}`;
    if (i % 100 === 99) out.push('');
    else if (i % 10 === 3) out.push(`${key}="value with spaces ${i}"`);
    else if (i % 10 === 7) out.push(`export ${key}=https://example.com/${i}?a=b`);
    else if (i % 250 === 11) out.push(`${key}=${'x'.repeat(2000)}`);
    else out.push(`${key}=value-${i}`);
  }
  return out.join('\n');
}

/** Installed before any page script: every long task of the page. */
function longTaskProbe() {
  const B = (window.__benchImport = { longTasks: [], frame: 0 });
  const tick = () => {
    B.frame += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => B.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
    type: 'longtask',
    buffered: true,
  });
}

/** In the page: resolves (via window.__benchStep) when `done()` holds after a DOM change, painted. */
function stepProbe({ kind, expected }) {
  const B = window.__benchImport;
  const step = (B.step = { t0: null, domAt: null, paintedAt: null, quietFrom: null });
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      if (window.scheduler?.postTask) {
        void window.scheduler.postTask(() => callback(performance.now()), { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  const dialog = () => document.querySelector('[role="dialog"][aria-labelledby="env-import-title"]');
  const done = () => {
    if (kind === 'preview')
      return /^\d+ new · \d+ changed · \d+ unchanged · \d+ conflicts?( · \d+ refused.*)?$/.test(dialog()?.querySelector('[role="status"]')?.textContent ?? '');
    const region = document.querySelector('section[aria-label="Unsaved changes"]');
    return !dialog() && (region?.textContent ?? '').includes(`${expected} unsaved changes`);
  };
  const check = () => {
    if (step.t0 === null || step.domAt !== null || !done()) return;
    step.domAt = performance.now();
    afterPaint((t) => {
      step.paintedAt = t;
      step.quietFrom = B.frame;
    });
  };
  const start = (event) => {
    if (step.t0 === null) step.t0 = event.timeStamp;
  };
  document.addEventListener(kind === 'preview' ? 'paste' : 'click', start, { capture: true });
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  B.stopStep = () => observer.disconnect();
}

const stepDone = () => {
  const s = window.__benchImport.step;
  return s.paintedAt !== null && window.__benchImport.frame - s.quietFrom >= 3;
};

const round = (n) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);

/** browser: Playwright Browser; url: a Deployment's Environment tab. */
export async function measureImport(browser, { url, lines = 10_000, timeoutMs = 300_000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await page.addInitScript(longTaskProbe);
    await page.goto(url, { timeout: 60_000 });
    await page.getByRole('table', { name: 'Environment variables' }).waitFor({ timeout: 60_000 });
    const before = await page.evaluate(() => document.querySelectorAll('table[aria-label="Environment variables"] tbody tr[aria-rowindex]').length);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import variables' });
    const text = benchDotenv(lines);
    const keys = text.split('\n').filter((l) => l && !l.startsWith('#')).length;

    const timed = async (kind, expected, act) => {
      await page.evaluate(stepProbe, { kind, expected });
      await act();
      await page.waitForFunction(stepDone, null, { timeout: timeoutMs, polling: 100 });
      return page.evaluate(() => {
        const B = window.__benchImport;
        B.stopStep();
        const { t0, paintedAt } = B.step;
        const during = B.longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= paintedAt);
        return { ms: paintedAt - t0, longTasks: during.length, longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0) };
      });
    };

    // A real paste (Ctrl+V from the clipboard): Playwright's fill and insertText type into a textarea line by
    // line, which costs Chromium itself seconds per thousand lines. A long paste previews at once; where the
    // text stays in the field instead (an older build), the Preview click is part of the figure.
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const field = dialog.getByRole('textbox', { name: 'File content' });
    await field.focus();
    let clickedPreview = false;
    const preview = await timed('preview', null, async () => {
      await page.keyboard.press('ControlOrMeta+V');
      if ((await field.count()) && (await field.inputValue({ timeout: timeoutMs })).length === text.length) {
        clickedPreview = true;
        await dialog.getByRole('button', { name: 'Preview' }).click({ timeout: timeoutMs });
      }
    });
    // CSS, not roles: the role query walks the accessibility tree, which is slow on a preview of 10,000 rows.
    const status = await dialog.locator('[role="status"]').first().textContent();
    const previewRowsInDom = await dialog.locator('tbody tr').count();
    const add = dialog.locator('button', { hasText: /^Add \d+ to list$/ });
    const apply = await timed('apply', keys, () => add.click({ timeout: timeoutMs }));
    return {
      url: new URL(url).pathname,
      lines,
      keys,
      rowsBefore: before,
      status,
      previewRowsInDom,
      clickedPreview,
      preview: { ms: round(preview.ms), longTasks: preview.longTasks, longestTaskMs: round(preview.longestTaskMs) },
      apply: { ms: round(apply.ms), longTasks: apply.longTasks, longestTaskMs: round(apply.longestTaskMs) },
    };
  } finally {
    await context.close();
  }
}
