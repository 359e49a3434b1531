import { Component, Suspense, lazy, useMemo, useState, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from '../components/alert.js';
import { Spinner } from '../components/spinner.js';

export const CLAIMS_REMOTE_UNAVAILABLE = 'Modulen för återsökningar kunde inte laddas just nu. Försök igen senare.';

export interface RemoteErrorBoundaryProps {
  /** Swedish message shown when the remote cannot be loaded or fails while rendering. */
  message: string;
  /** Called by "Försök igen" before the boundary renders its children again. */
  onRetry?: () => void;
  children: ReactNode;
}

interface RemoteErrorBoundaryState {
  error: Error | null;
}

/**
 * Keeps a failing remote from taking the host down: the rest of the page keeps working and the
 * user sees a Swedish message with a "Försök igen" button.
 */
export class RemoteErrorBoundary extends Component<RemoteErrorBoundaryProps, RemoteErrorBoundaryState> {
  override state: RemoteErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): RemoteErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Fjärrmodulen kunde inte laddas eller visas.', error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return <ErrorMessage title={this.props.message} onRetry={this.retry} data-testid="remote-error" />;
    return this.props.children;
  }
}

export interface RemoteComponentProps<P extends object> {
  /**
   * Loads the remote component (e.g. with the Module Federation runtime's `loadRemote`).
   * Must be stable between renders; `attempt` counts the user's retries from 0.
   */
  load: (attempt: number) => Promise<ComponentType<P>>;
  props: P;
  /** Message when loading fails. */
  errorMessage?: string;
  loadingLabel?: string;
}

/** Renders a component loaded at run time, with a spinner while it loads and an error boundary around it. */
export function RemoteComponent<P extends object>({ load, props, errorMessage = CLAIMS_REMOTE_UNAVAILABLE, loadingLabel = 'Laddar…' }: RemoteComponentProps<P>) {
  const [attempt, setAttempt] = useState(0);
  const Loaded = useMemo(() => lazy(async () => ({ default: await load(attempt) })), [load, attempt]);
  return (
    <RemoteErrorBoundary message={errorMessage} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={<Spinner label={loadingLabel} />}>
        <Loaded {...props} />
      </Suspense>
    </RemoteErrorBoundary>
  );
}
