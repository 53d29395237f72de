// Benchmark 3 (part of `npm run bench`; alone: `tsx scripts/bench/long-tasks.ts`):
// long tasks (> 50 ms) on the page's main thread, seen by a buffered
// PerformanceObserver registered before the page's own scripts, with the extension and
// again in a second browser without it, on the same pages. The task that ran detection
// is also found by its timestamp (report.detectedAt).
import { ms, stats } from '../lib/bench-figures';
import { runAsScript, runPages, type LongTask, type PageRun } from '../lib/bench-pages';

const LONG_TASK_MS = 50;

/** Prints the long-task figures; returns the summary's lines. */
export function longTasks({ rows, baselineTasks }: PageRun): string[] {
  const durations = (tasks: LongTask[] | null | undefined, mark: LongTask | null = null) =>
    tasks
      ? tasks.map((t) => `${Math.round(t.duration)}${t === mark ? '*' : ''}`).join('/') || '–'
      : 'n/a';
  const count = (tasks: LongTask[] | null | undefined) => tasks?.length ?? 0;
  const withExt = rows.reduce((n, r) => n + count(r.longTasks), 0);
  const without = rows.reduce((n, r) => n + count(baselineTasks.get(r.page)), 0);
  const anyLong = rows.filter((r) => count(r.longTasks) + count(baselineTasks.get(r.page)) > 0);
  const detectionLong = rows.filter((r) => r.detectionTask);
  const adds = rows.filter(
    (r) => count(r.longTasks) > count(baselineTasks.get(r.page)) || r.detectionTask,
  );
  // Long tasks other than detection's, beyond what the page had without the extension:
  // the drawing task (with its layout), or noise from the page's own loading.
  const unexplained = rows
    .map((r) => ({
      r,
      extra: count(r.longTasks) - (r.detectionTask ? 1 : 0) - count(baselineTasks.get(r.page)),
    }))
    .filter(({ extra }) => extra > 0);
  console.log(
    `\n3. Long tasks (> ${LONG_TASK_MS} ms) on the page's main thread, ${rows.length} pages`,
  );
  console.log(`Total: ${withExt} with the extension, ${without} without`);
  console.log(
    'Pages with any long task (ms, with | without the extension; * = the task that ran detection):',
  );
  for (const r of anyLong) {
    console.log(
      `  ${durations(r.longTasks, r.detectionTask).padStart(16)} | ${durations(baselineTasks.get(r.page)).padEnd(16)} ${r.page}`,
    );
  }
  console.log(
    `Pages where the extension adds a long task: ${adds.length}; detection's own task is long on ${detectionLong.length}:`,
  );
  for (const r of [...detectionLong].sort(
    (a, b) => b.detectionTask!.duration - a.detectionTask!.duration,
  )) {
    const h = r.report.highlight;
    console.log(
      `  ${Math.round(r.detectionTask!.duration)
        .toString()
        .padStart(
          4,
        )} ms task: detect ${ms(r.report.detectMs)}${h ? ` + map ${ms(h.mapMs)}` : ''}  ${r.page}`,
    );
  }
  console.log(
    `Pages with more long tasks besides detection's than without the extension: ${unexplained.length}`,
  );
  for (const { r, extra } of unexplained) {
    console.log(
      `  +${extra}: ${durations(r.longTasks, r.detectionTask)} vs ${durations(baselineTasks.get(r.page))}` +
        `${r.report.highlight ? ` (draw ${ms(r.report.highlight.drawMs)})` : ''}  ${r.page}`,
    );
  }
  const steps = rows.flatMap((r) => [
    {
      page: r.page,
      step: r.report.detectTasks ? 'detection step' : 'detect',
      ms: r.report.detectTasks?.longestMs ?? r.report.detectMs,
    },
    ...(r.report.highlight
      ? [
          { page: r.page, step: 'map', ms: r.report.highlight.mapMs },
          { page: r.page, step: 'draw', ms: r.report.highlight.drawMs },
        ]
      : []),
  ]);
  const longestStep = [...steps].sort((a, b) => b.ms - a.ms)[0];
  const tasks = rows.flatMap((r) => [
    {
      page: r.page,
      what: r.report.detectTasks
        ? `longest of detection's ${r.report.detectTasks.count} tasks`
        : 'detect (one task)',
      ms: r.report.detectTasks?.longestMs ?? r.report.detectMs,
    },
    ...(r.report.highlight
      ? [
          { page: r.page, what: 'text map (its own task)', ms: r.report.highlight.mapMs },
          { page: r.page, what: 'draw (after the answer)', ms: r.report.highlight.drawMs },
        ]
      : []),
  ]);
  const longestTask = [...tasks].sort((a, b) => b.ms - a.ms)[0];
  if (longestTask) {
    console.log(
      `Longest content-script task: ${longestTask.what} ${ms(longestTask.ms)} on ${longestTask.page}`,
    );
  }
  const taskCounts = stats(rows.map((r) => r.report.detectTasks?.count ?? 1));
  console.log(
    `Detection runs as steps, one per task (median ${taskCounts.median}, max ${taskCounts.max} tasks):\n` +
      '  page measures and the early verdict | clone | Readability.parse | mapping back and signals.\n' +
      'The text map is built in a task of its own, and the marks are drawn when the answer arrives.',
  );

  return [
    `Long tasks > ${LONG_TASK_MS} ms: ${withExt} with the extension vs ${without} without; the extension adds one on ${adds.length} pages: ` +
      `detection's own task on ${detectionLong.length}, other extra tasks on ${unexplained.length}`,
    ...(longestStep && longestTask
      ? [
          `Longest step: ${longestStep.step} ${ms(longestStep.ms)} (${longestStep.page}); longest task: ${longestTask.what} ${ms(longestTask.ms)} (${longestTask.page})`,
        ]
      : []),
  ];
}

if (runAsScript(import.meta.url)) longTasks(await runPages({ withoutExtension: true }));
