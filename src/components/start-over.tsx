// "Start over": clear the answers and begin the quiz again. One hook and one button,
// so every screen that offers it does the same thing.
import { useNavigate } from 'react-router';
import { useQuizStore } from '../state';
import { paths } from '../routes/manifest';
import { m } from '../i18n';

export interface StartOverOptions {
  /** Replaces the router's navigate: the quiz passes one that holds its redirects until the URL catches up. */
  readonly go?: (to: string) => void;
  /**
   * For the error page, where the app itself may be what is broken: also remove the saved
   * progress from storage, and load the home page afresh instead of navigating in the app.
   */
  readonly reloadHome?: boolean;
}

export function useStartOver({ go, reloadHome = false }: StartOverOptions = {}): () => void {
  const navigate = useNavigate();
  return () => {
    useQuizStore.getState().startOver();
    if (reloadHome) {
      useQuizStore.persist.clearStorage();
      window.location.assign(paths.home());
    } else if (go) {
      go(paths.firstQuestion());
    } else {
      void navigate(paths.firstQuestion());
    }
  };
}

export function StartOverButton({ className = 'button', ...options }: StartOverOptions & { readonly className?: string }) {
  const startOver = useStartOver(options);
  return (
    <button type="button" className={className} onClick={startOver}>
      {m.components_start_over()}
    </button>
  );
}
