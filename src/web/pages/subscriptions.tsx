import type { Settings } from '../../store/settings.js';
import { Layout } from './layout.js';

/** A form with one button: confirm notifications, or unsubscribe. */
export interface SubscriptionAction {
  /** Where the form posts (the signed query stays in it for unsubscribe links). */
  action: string;
  button: string;
  /** Hidden fields: the signed values, the CSRF token. */
  fields: Record<string, string>;
}

export interface SubscriptionPageProps {
  settings: Settings;
  title: string;
  message: string;
  action?: SubscriptionAction | undefined;
  /** A further choice offered below the first: stopping every email, from a link about one article. */
  alsoAction?: { text: string; action: SubscriptionAction } | undefined;
}

/** The pages behind the links in notification mail. They never show the address itself. */
export function SubscriptionPage({ settings, title, message, action, alsoAction }: SubscriptionPageProps) {
  return (
    <Layout settings={settings} title={title} head={<meta name="robots" content="noindex" />}>
      <h1 class="page-title">{title}</h1>
      <p id="subscription-message">{message}</p>
      {action && (
        <form method="post" action={action.action} class="subscription-form">
          {Object.entries(action.fields).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <p>
            <button type="submit" aria-describedby="subscription-message">
              {action.button}
            </button>
          </p>
        </form>
      )}
      {alsoAction && (
        <form method="post" action={alsoAction.action.action} class="subscription-form">
          {Object.entries(alsoAction.action.fields).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <p id="subscription-also">{alsoAction.text}</p>
          <p>
            <button type="submit" aria-describedby="subscription-also">
              {alsoAction.action.button}
            </button>
          </p>
        </form>
      )}
      <p>
        <a href="/">Go to the latest articles</a>
      </p>
    </Layout>
  );
}
