/** Progress, errors (with what to do next), confirmations, warnings and the undo offer: always at the top. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import type { TaskpaneActions, TaskpaneState } from '../use-taskpane';

export function StatusArea({ state, actions, t }: { state: TaskpaneState; actions: TaskpaneActions; t: Strings }) {
  const busy = state.busy !== null;
  return (
    <div className="status" aria-live="polite">
      {busy && (
        <div role="status" data-testid="busy">
          <Spinner size="tiny" label={state.busy ?? t.busy} labelPosition="after" />
          <ProgressBar aria-label={state.busy ?? t.busy} thickness="medium" />
        </div>
      )}
      {state.error && (
        <MessageBar intent="error" data-testid="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {state.error.message} <strong>{state.error.next}</strong>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t.dismiss} onClick={actions.dismissError}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" data-testid="notice" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t.dismiss} onClick={actions.dismissNotice}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {state.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.warnings}</MessageBarTitle>
            {state.warnings.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.undoable && (
        <Button
          className="undo"
          data-testid="undo"
          disabled={busy}
          onClick={() => void actions.undo()}
          aria-label={t.undoLabel(state.undoable)}
          title={t.undoLabel(state.undoable)}
        >
          ↶ {t.undo}
        </Button>
      )}
    </div>
  );
}
