import type { Settings } from '../../store/settings.js';
import { Layout } from './layout.js';

export function ErrorPage({ settings, title, message }: { settings: Settings; title: string; message: string }) {
  return (
    <Layout settings={settings} title={title}>
      <h1 class="page-title">{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Go to the latest articles</a>
      </p>
    </Layout>
  );
}
