/**
 * Catches what a screen throws (XState actor errors reach React through `useSelector`) and shows a friendly card
 * with a "Start over" button instead of a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called by "Start over"; the boundary resets itself afterwards. */
  onReset: () => void;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Hotseat hit an error it could not recover from', error, info.componentStack);
  }

  private readonly reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="screen screen--center">
        <section className="card crash" role="alert" aria-labelledby="crash-title">
          <h1 id="crash-title">Something went wrong</h1>
          <p>
            Hotseat ran into a problem it could not recover from, so this meeting has stopped. Your settings and
            finished attempts are safe.
          </p>
          <details>
            <summary>Technical details</summary>
            <pre className="crash__detail">{error.message}</pre>
          </details>
          <button type="button" className="button button--primary" onClick={this.reset} autoFocus>
            Start over
          </button>
        </section>
      </main>
    );
  }
}
