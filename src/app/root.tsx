import { useAppConfig } from '../state/app-config';
import { AccessRefused } from './access-refused';
import { App } from './app';

/** The dashboard, or for a signed-in person no allow rule lets in, the refusal page instead. */
export function Root() {
  const { auth } = useAppConfig();
  return auth.allowed ? <App /> : <AccessRefused auth={auth} />;
}
