import { useState } from 'react';
import { StatusMessage } from '../components/status-tray';
import { APP_NAME } from '../components/use-document-title';
import { m } from '../i18n';
import { applyUpdate, useUpdateAvailable } from './service-worker-updates';

/**
 * "Update available" once a new version of the app has been downloaded, in the status tray (it
 * can arrive at any moment, so it must push nothing). "Dismiss" keeps the running version for
 * now; the new one waits, and takes over once no tab runs the old one.
 */
export function UpdatePrompt() {
  const available = useUpdateAvailable();
  const [dismissed, setDismissed] = useState(false);
  if (!available || dismissed) return null;
  return (
    <StatusMessage
      label={m.app_update_label()}
      onDismiss={() => setDismissed(true)}
      actions={
        <button type="button" className="button button--small" onClick={() => applyUpdate()}>
          {m.app_update_action()}
        </button>
      }
    >
      <p>{m.app_update_text({ app: APP_NAME })}</p>
    </StatusMessage>
  );
}
