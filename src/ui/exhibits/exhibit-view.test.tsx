// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LogExhibit, MetricExhibit, TableExhibit } from '../../scenario/schema';
import { ExhibitView } from './index';

afterEach(cleanup);

const metric: MetricExhibit = {
  id: 'errors',
  kind: 'metric',
  title: 'Error rate',
  caption: 'From the RPC dashboard.',
  unit: '%',
  series: [
    { name: 'checkout', points: [['14:00', 1], ['14:02', 12], ['14:05', 30]] },
    { name: 'api', points: [['14:00', 0.5], ['14:05', 4]] },
  ],
  threshold: { value: 5, label: 'SLO' },
};

const log: LogExhibit = {
  id: 'rpc-log',
  kind: 'log',
  title: 'RPC node log',
  lines: [
    { time: '14:01:58', level: 'INFO', source: 'rpc', text: 'block 1841 imported' },
    { time: '14:02:03', level: 'ERROR', source: 'rpc', text: 'out of gas <script>alert(1)</script>' },
  ],
};

const table: TableExhibit = {
  id: 'deploys',
  kind: 'table',
  title: 'Deploys that day',
  caption: 'From the CI history.',
  columns: ['Time', 'Service', 'Gas'],
  rows: [
    ['13:40', 'checkout', 1200000],
    ['13:55', 'api'],
  ],
};

describe('ExhibitView', () => {
  it('shows a table exhibit as a real table with its caption, headers and cells', () => {
    render(<ExhibitView exhibit={table} />);
    const t = screen.getByRole('table', { name: /Deploys that day/ });
    expect(within(t).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Time', 'Service', 'Gas']);
    const rows = within(t).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('1,200,000')).toBeInTheDocument();
    // A short row is padded, so every row has as many cells as there are columns.
    expect(within(rows[2]!).getAllByRole('cell')).toHaveLength(3);
  });

  it('shows a log exhibit as a scrollable, focusable list with each level written out', () => {
    render(<ExhibitView exhibit={log} />);
    const region = screen.getByRole('region', { name: 'RPC node log: log lines' });
    expect(region).toHaveAttribute('tabindex', '0');
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[1]!).getByText('ERROR')).toHaveClass('ex-log__level--error');
    expect(items[1]).toHaveTextContent('14:02:03 ERROR [rpc] out of gas <script>alert(1)</script>');
    expect(document.querySelector('script')).toBeNull();
  });

  it('gives a metric chart a text alternative: description, and a data table behind "Show data"', async () => {
    const user = userEvent.setup();
    render(<ExhibitView exhibit={metric} reducedMotion />);
    expect(screen.getByText(/checkout rose from 1% at 14:00 to 30% at 14:05/)).toBeInTheDocument();
    const data = screen.getByRole('table', { name: 'Error rate: data points (%)' });
    expect(within(data).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Time', 'checkout (%)', 'api (%)']);
    const row = within(data).getByRole('rowheader', { name: '14:02' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12%', '—']);

    const toggle = screen.getByRole('button', { name: 'Show data' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(data.parentElement).toHaveStyle({ position: 'absolute' });
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data' })).toHaveAttribute('aria-expanded', 'true');
    expect(data.parentElement).not.toHaveStyle({ position: 'absolute' });
  });

  it('loads the chart lazily and draws it with both series and the threshold label', async () => {
    render(<ExhibitView exhibit={metric} reducedMotion />);
    const figure = document.querySelector('[data-exhibit="errors"]')!;
    await screen.findByText('SLO (5%)', {}, { timeout: 5000 });
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect(within(figure as HTMLElement).getByText('api')).toBeInTheDocument();
  });
});
