import { useState } from 'react';
import { StatusMessage } from '../components/status-tray';
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
      label="Update available"
      onDismiss={() => setDismissed(true)}
      actions={
        <button type="button" className="button button--small" onClick={() => applyUpdate()}>
          Reload to update
        </button>
      }
    >
      <p>Update available: a new version of AI Career Pathfinder is ready. Your answers are kept.</p>
    </StatusMessage>
  );
}
