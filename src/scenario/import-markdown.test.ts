import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPostmortem, plainText, slugify } from './import-markdown';
import { loadScenarioText } from './load';
import type { ScenarioFile } from './schema';

/** In the style of a Google SRE-book post-mortem: summary, impact, root causes, a listed timeline, an action table. */
const GOOGLE_STYLE = `# Postmortem: Checkout API outage after the pricing cache rollout

**Date:** 2024-03-01 · **Authors:** payments-sre · **Status:** Complete, action items in progress

## Summary

For 47 minutes, 38% of checkout requests failed with HTTP 503 after a configuration push
raised the pricing cache TTL to 0 on every region at once. Card payments could not be completed.

## Impact

An estimated 21,400 checkout attempts failed; 3,100 customers retried successfully later. Revenue impact about $182,000.
No data was lost.

## Root Causes

A config push set \`pricing.cache.ttl_seconds\` to \`0\` (meaning "never cache") instead of \`600\`. Every checkout then called
the pricing service directly, which saturated its connection pool at 2,000 connections. The config validator does not
check semantic ranges, and the push went to all regions in one step.

## Trigger

Config change CL 88213, rolled out by the pipeline at 14:02 UTC.

## Timeline

2024-03-01 (all times UTC)

- 14:02 Config push CL 88213 starts rolling out to all regions
- 14:04 Pricing service p99 latency 850 ms, checkout error rate 4%
- 14:07 **OUTAGE BEGINS**: checkout error rate 38%, PagerDuty pages the payments on-call
- 14:15 On-call suspects the card processor; opens a ticket with the vendor
- 14:31 Pricing service p99 latency 4,200 ms; connection pool at 2,000 connections
- 14:38 Config push identified as the trigger in #inc-checkout
- 14:44 Rollback of CL 88213 started
- 14:49 **OUTAGE MITIGATED**: checkout error rate 1.2%, pricing p99 latency 310 ms
- 15:30 Incident closed

## Supporting logs

\`\`\`
2024-03-01T14:06:58Z ERROR [checkout-api] upstream pricing timed out after 3000ms (pool=2000/2000)
2024-03-01T14:07:01Z WARN [pricing] connection pool exhausted, queueing request
2024-03-01T14:07:03Z ERROR [checkout-api] returning 503 to client
2024-03-01T14:49:12Z INFO [pricing] cache hit ratio back to 97%
\`\`\`

## Action Items

| Action Item | Type | Owner | Bug |
| --- | --- | --- | --- |
| Validate cache TTL ranges in the config validator | prevent | alice | PAY-101 |
| Roll out config pushes region by region with a canary | mitigate | bob | PAY-102 |
| Alert on pricing connection pool saturation above 80% | detect | carol | PAY-103 |

## Lessons Learned

### What went well
- The rollback took five minutes once the trigger was known.
`;

/** In the style of a GitHub incident report: setext title, a timeline of dated sub-headings, numbered next steps. */
const GITHUB_STYLE = `Incident report: degraded service after a primary database failover
===================================================================

On June 12 at 09:14 UTC a network partition between our two data centers caused the orchestrator to promote a replica
in the west region to primary. For 3 hours 40 minutes, writes from the east region crossed the country, and webhooks,
pull request merges and notifications were delayed. We sincerely apologize for the impact.

## Background

Our MySQL clusters run a primary with replicas in both data centers; the orchestrator promotes a replica when it loses
contact with the primary for 30 seconds.

## Timeline

### 2023 June 12 09:14 UTC

A 43-second network partition between the east and west data centers begins. The orchestrator in the west region
promotes a replica to primary.

### 2023 June 12 09:16 UTC

Monitoring pages the on-call database engineer: write latency 1,800 ms on the east application servers.

### 2023 June 12 09:42 UTC

We change the status page to yellow and freeze deployments. Webhook queue depth 220,000 jobs.

### 2023 June 12 11:05 UTC

The decision is made to keep the west primary and rebuild the east replicas from backup; write latency 950 ms.

### 2023 June 12 12:54 UTC

Replication is restored; write latency back to 40 ms. The webhook backlog starts draining.

## Next steps

1. Make the orchestrator refuse cross-region promotion without a human confirmation.
2. Run a failover game day every quarter, owned by the database team.
3. Publish a status page update within 10 minutes of any red alert.

## In summary

We take reliability seriously and are working on the steps above.
`;

/** Notes pasted from a bridge call: no title heading, HTML, a table timeline with 12-hour times, no action items. */
const MESSY = `<!-- template v2: delete this comment -->
Checkout latency incident (notes from the bridge call)

<b>Status:</b> draft — <script>alert("hi")</script> owner TBD

## What happened?
Users saw spinners on checkout. Redis primary ran out of memory & evicted sessions.

## Timeline (PST)

| Time (PST) | What | Who |
|---|---|---|
| 2:05 PM | Redis memory 92%<br>evictions start | Grafana |
| 2:11 PM | Support reports logins failing | @dana |
| 2:20 pm | Redis memory 100%, p95 latency 4.5 s | Grafana |
| 2:48 PM | \`maxmemory\` raised; p95 latency 300 ms | @sam |

\`\`\`
no timestamps here, just a config snippet
maxmemory 4gb
\`\`\`
`;

function loads(scenario: ScenarioFile) {
  const result = loadScenarioText(JSON.stringify(scenario, null, 2), 'imported.json');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
}

const exhibit = (scenario: ScenarioFile, id: string) => scenario.exhibits.find((e) => e.id === id);

describe('importPostmortem: a Google-style post-mortem', () => {
  const { scenario, notes } = importPostmortem(GOOGLE_STYLE);

  it('fills the brief from the title, summary and impact, and guesses the domain', () => {
    expect(scenario.title).toBe('Postmortem: Checkout API outage after the pricing cache rollout');
    expect(scenario.id).toBe('checkout-api-outage-after-the-pricing-cache');
    expect(scenario.brief.summary).toMatch(/^For 47 minutes, 38% of checkout requests failed with HTTP 503/);
    expect(scenario.brief.oneLine).toBe(
      'For 47 minutes, 38% of checkout requests failed with HTTP 503 after a configuration push raised the pricing cache TTL to 0 on every region at once.',
    );
    expect(scenario.brief.impact).toMatch(/^An estimated 21,400 checkout attempts failed/);
    expect(scenario.brief).toMatchObject({ domain: 'payments', difficulty: 'medium', minutes: 15 });
  });

  it('reads every timeline entry, with bold markers and time zones removed', () => {
    expect(scenario.timeline.map((e) => e.time)).toEqual(['14:02', '14:04', '14:07', '14:15', '14:31', '14:38', '14:44', '14:49', '15:30']);
    expect(scenario.timeline[2]).toMatchObject({
      event: 'OUTAGE BEGINS: checkout error rate 38%, PagerDuty pages the payments on-call',
      source: 'pager alert',
      exhibit: 'checkout-error-rate',
    });
    expect(scenario.timeline[6]).toMatchObject({ event: 'Rollback of CL 88213 started', source: 'deploy log' });
  });

  it('builds a table of the timeline, metric charts from numbers that recur, and a log from the fenced block', () => {
    expect(scenario.exhibits.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'table:timeline-table',
      'metric:p99-latency',
      'metric:checkout-error-rate',
      'log:log',
    ]);
    const table = exhibit(scenario, 'timeline-table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['14:02', 'Config push CL 88213 starts rolling out to all regions', 'post-mortem timeline']);
    const errors = exhibit(scenario, 'checkout-error-rate');
    expect(errors?.kind === 'metric' && errors.unit).toBe('%');
    expect(errors?.kind === 'metric' && errors.series[0]!.points).toEqual([['14:04', 4], ['14:07', 38], ['14:49', 1.2]]);
    // "pricing p99 latency" and "service p99 latency" are one chart; 4,200 is read with its thousands separator.
    const latency = exhibit(scenario, 'p99-latency');
    expect(latency?.kind === 'metric' && latency.series[0]!.points).toEqual([['14:04', 850], ['14:31', 4200], ['14:49', 310]]);
    const log = exhibit(scenario, 'log');
    expect(log?.kind === 'log' && log.lines[0]).toEqual({
      time: '14:06:58',
      level: 'ERROR',
      source: 'checkout-api',
      text: 'upstream pricing timed out after 3000ms (pool=2000/2000)',
    });
    expect(log?.kind === 'log' && log.lines.map((l) => l.level)).toEqual(['ERROR', 'WARN', 'ERROR', 'INFO']);
  });

  it('turns the action items into topics, parks two in placeholder beats and revisits them', () => {
    expect(scenario.topics).toEqual([
      { id: 'validate-cache-ttl-ranges', label: 'Validate cache TTL ranges in the config validator' },
      { id: 'roll-out-config-pushes-region', label: 'Roll out config pushes region by region with a canary' },
      { id: 'alert-on-pricing-connection-pool', label: 'Alert on pricing connection pool saturation above 80%' },
    ]);
    const beats = scenario.phases.flatMap((p) => p.beats);
    expect(beats.map((b) => b.parks).filter(Boolean)).toEqual(['validate-cache-ttl-ranges', 'roll-out-config-pushes-region']);
    expect(beats.find((b) => b.revisits)?.revisits).toEqual(['validate-cache-ttl-ranges', 'roll-out-config-pushes-region']);
    expect(notes).toContain('Only the first two topics are parked and revisited by the placeholder beats; park the other one in a beat of its own.');
  });

  it('has five phases of TODO beats with good, weak and poor options, and loads without errors', () => {
    expect(scenario.phases.map((p) => p.kind)).toEqual(['opening', 'timeline', 'root-cause', 'action-items', 'close']);
    for (const phase of scenario.phases) {
      const [beat] = phase.beats;
      expect(beat!.lines[0]).toMatch(/^TODO/);
      expect(beat!.options.map((o) => o.verdict)).toEqual(['good', 'weak', 'poor']);
      expect(beat!.options.every((o) => o.text.startsWith('TODO'))).toBe(true);
      expect(beat!.model[0]).toBeTruthy();
    }
    // The root-cause model reply is drafted from the document's own root causes.
    expect(scenario.phases[2]!.beats[0]!.model[0]).toContain('saturated its connection pool at 2,000 connections');
    const result = loads(scenario);
    expect(result.scenario?.beats).toHaveLength(5);
    expect(notes[0]).toMatch(/voices are yours to write/);
  });
});

describe('importPostmortem: a GitHub-style incident report with CRLF line endings', () => {
  const { scenario, notes } = importPostmortem(GITHUB_STYLE.replace(/\n/g, '\r\n'));

  it('reads the setext title, the text under it as the summary, and dated sub-headings as the timeline', () => {
    expect(scenario.title).toBe('Incident report: degraded service after a primary database failover');
    expect(scenario.id).toBe('degraded-service-after-a-primary-database');
    expect(scenario.brief.summary).toMatch(/^On June 12 at 09:14 UTC a network partition/);
    expect(scenario.brief.summary).not.toContain('\r');
    expect(scenario.brief.domain).toBe('databases');
    expect(scenario.timeline).toEqual([
      { time: '09:14', event: 'A 43-second network partition between the east and west data centers begins.', source: 'post-mortem timeline' },
      { time: '09:16', event: 'Monitoring pages the on-call database engineer: write latency 1,800 ms on the east application servers.', source: 'pager alert', exhibit: 'write-latency' },
      { time: '09:42', event: 'We change the status page to yellow and freeze deployments.', source: 'status page' },
      { time: '11:05', event: 'The decision is made to keep the west primary and rebuild the east replicas from backup; write latency 950 ms.', source: 'post-mortem timeline', exhibit: 'write-latency' },
      { time: '12:54', event: 'Replication is restored; write latency back to 40 ms.', source: 'post-mortem timeline', exhibit: 'write-latency' },
    ]);
  });

  it('charts the write latency and makes topics of the numbered next steps', () => {
    const latency = exhibit(scenario, 'write-latency');
    expect(latency).toMatchObject({ kind: 'metric', title: 'Write latency', unit: 'ms' });
    expect(latency?.kind === 'metric' && latency.series[0]!.points).toEqual([['09:16', 1800], ['11:05', 950], ['12:54', 40]]);
    expect((scenario.topics ?? []).map((t) => t.label)).toEqual([
      'Make the orchestrator refuse cross-region promotion without a human confirmation.',
      'Run a failover game day every quarter, owned by the database team.',
      'Publish a status page update within 10 minutes of any red alert.',
    ]);
    expect(notes.some((n) => n.startsWith('No log excerpt was found'))).toBe(true);
    loads(scenario);
  });
});

describe('importPostmortem: messy input', () => {
  it('reads a table timeline with 12-hour times, keeps HTML as plain text, and converts units within a chart', () => {
    const { scenario, notes } = importPostmortem(MESSY);
    expect(scenario.title).toBe('Checkout latency incident (notes from the bridge call)');
    expect(notes).toContain('No "# Title" heading was found: check the title.');
    expect(scenario.brief.summary).toBe('Users saw spinners on checkout. Redis primary ran out of memory & evicted sessions.');
    expect(scenario.timeline.map((e) => [e.time, e.event, e.source])).toEqual([
      ['14:05', 'Redis memory 92%<br>evictions start', 'Grafana'],
      ['14:11', 'Support reports logins failing', '@dana'],
      ['14:20', 'Redis memory 100%, p95 latency 4.5 s', 'Grafana'],
      ['14:48', 'maxmemory raised; p95 latency 300 ms', '@sam'],
    ]);
    const p95 = exhibit(scenario, 'p95-latency');
    expect(p95?.kind === 'metric' && [p95.unit, p95.series[0]!.points]).toEqual(['ms', [['14:20', 4500], ['14:48', 300]]]);
    // The code block is a config snippet, not a log; the HTML comment is gone, the rest of the HTML is text.
    expect(scenario.exhibits.some((e) => e.kind === 'log')).toBe(false);
    expect(JSON.stringify(scenario)).not.toContain('template v2');
    expect(notes).toContain('The document contains HTML; it was kept as plain text. Tidy it where it shows.');
    expect(notes).toContain('No action items were found: topics is empty. Add the topics the trainee should park and revisit.');
    loads(scenario);
  });

  it('without a timeline, gives one TODO entry and says so', () => {
    const { scenario, notes } = importPostmortem('# Cache outage\r\n\r\nSomething broke and we fixed it.\r\n');
    expect(scenario.timeline).toEqual([{ time: '00:00', event: 'TODO: the first event of the incident.', source: 'TODO: where this fact comes from' }]);
    expect(notes).toContain('No timeline was found (a "## Timeline" section with times such as 14:02): the timeline is one TODO entry; add the real one.');
    expect(scenario.brief.domain).toBe('unknown');
    loads(scenario);
  });

  it('loads even from an empty or whitespace-only paste', () => {
    for (const text of ['', '   \n\n', '<div>not markdown</div>']) {
      const { scenario, notes } = importPostmortem(text);
      expect(notes.length).toBeGreaterThan(2);
      loads(scenario);
    }
  });

  it('reads the common time-stamp shapes', () => {
    const { scenario, notes } = importPostmortem(
      [
        '# T',
        '## Timeline',
        '- 2024-03-01 14:02 UTC — deploy starts',
        '- **14:05:30** alert fires',
        '- [14:07] rollback',
        '- 2024-03-01T14:09:00Z: recovered',
        '- 2:15 pm - all clear',
        '- Mar 1, 14:20 (UTC) postmortem scheduled',
        '- 25:99 not a time',
        '- it lasted 1:30 in total',
      ].join('\n'),
    );
    expect(scenario.timeline.map((e) => `${e.time} ${e.event}`)).toEqual([
      '14:02 deploy starts',
      '14:05:30 alert fires',
      '14:07 rollback',
      '14:09:00 recovered',
      '14:15 all clear',
      '14:20 postmortem scheduled',
    ]);
    // 2024-03-01 and "Mar 1" are the same day.
    expect(notes.some((n) => n.startsWith('The timeline spans'))).toBe(false);
  });

  it('says when the timeline spans several days', () => {
    const { notes } = importPostmortem('# T\n\n## Timeline\n\n### 2023 June 12 23:50 UTC\n\nAlert.\n\n### 2023 June 13 00:20 UTC\n\nFixed.\n');
    expect(notes).toContain(
      "The timeline spans 2 days (2023 June 12, 2023 June 13); a scenario's times are on one day, so entries may be out of order: keep the day that matters, or shift the times.",
    );
  });
});

describe('importPostmortem: any input', () => {
  it('never throws and always gives a scenario that loads without errors', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('# ', '## Timeline', '## Action items', '## Summary', '## Impact', '## Root cause', '\n', '\r\n', '- ', '| Time | Event |', '|---|---|', '```', '~~~', '<b>', '</b>', '**', '`', '---', '==='),
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')} `),
      fc.tuple(fc.integer({ min: 0, max: 200 }), fc.constantFrom('%', ' ms', ' s', ' req/s', 'GB')).map(([n, u]) => `error rate ${n}${u} `),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const { scenario } = importPostmortem(pieces.join(''));
        const result = loadScenarioText(JSON.stringify(scenario), 'fuzz.json');
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text helpers', () => {
  it('plainText drops Markdown syntax and keeps HTML as text', () => {
    expect(plainText('**Bold** and _it_ with `code`, a [link](http://x) and <b>tag</b>')).toBe('Bold and it with code, a link and <b>tag</b>');
  });
  it('slugify makes kebab-case ids', () => {
    expect(slugify('Validate cache TTL ranges!')).toBe('validate-cache-ttl-ranges');
    expect(slugify('Ünïcödé — ok')).toBe('unicode-ok');
  });
});
