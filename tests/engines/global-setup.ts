// Before any test: every selected engine's browser is installed, or the run stops with a
// message that says what to install.
import { checkBinaries, selectedEngines } from './binaries';

export default function globalSetup(): void {
  checkBinaries(selectedEngines());
}
