import { applyUpdate, useUpdateAvailable } from './service-worker-updates';

/**
 * "Update available" once a new version of the app has been downloaded. The status region
 * is always in the page, so the message is announced when it appears.
 */
export function UpdatePrompt() {
  const available = useUpdateAvailable();
  return (
    <div role="status" className="notice-region">
      {available ? (
        <div className="notice notice--info">
          <p>Update available: a new version of AI Career Pathfinder is ready. Your answers are kept.</p>
          <button type="button" className="button button--small" onClick={() => applyUpdate()}>
            Reload to update
          </button>
        </div>
      ) : null}
    </div>
  );
}
