/** Keeps a failing pane from taking the dashboard down: it shows what failed and a Retry button instead. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props: the pane's name (for the message) and the pane. */
export interface PaneBoundaryProps {
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** An error boundary around one pane. */
export class PaneBoundary extends Component<PaneBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Logged once for whoever debugs; the user sees the panel below.
    console.warn(`The ${this.props.name} pane failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="pane pane--failed" aria-label={this.props.name}>
        <div role="alert">
          <p>
            The {this.props.name} view failed: {this.state.error.message || 'unknown error'}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
        </div>
      </section>
    );
  }
}
