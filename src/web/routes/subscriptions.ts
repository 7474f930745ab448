import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readerActor } from '../../commands/actor.js';
import { confirmNotifications, stopNotifications } from '../../commands/subscriptions.js';
import { checkConfirmLink, checkUnsubscribeLink, CONFIRM_LINK_DAYS, unsubscribeParams, type UnsubscribeTarget } from '../../discussion/subscriptions.js';
import { findArticleForMail, findMailAddress, findSubscription } from '../../store/subscriptions.js';
import { requestSettings, type WebContext } from '../context.js';
import { SubscriptionPage, type SubscriptionAction } from '../pages/subscriptions.js';
import { sendPage } from '../render.js';

type Fields = Record<string, unknown>;

function reader(request: FastifyRequest) {
  return readerActor({ address: request.ip, userAgent: request.headers['user-agent'] ?? '' });
}

function fieldsOf(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

/** The confirmation and unsubscribe links of reply-notification mail. */
export function subscriptionRoutes(app: FastifyInstance, ctx: WebContext): void {
  // Encapsulated, so the multipart parser below applies to these routes only.
  void app.register(async (scope) => {
    // RFC 8058 lets a mail program send its one-click POST as multipart/form-data. The body
    // carries only "List-Unsubscribe=One-Click"; what to unsubscribe is in the signed URL.
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, _body, done) => done(null, {}));

    async function page(reply: FastifyReply, status: number, title: string, message: string, action?: SubscriptionAction, alsoAction?: { text: string; action: SubscriptionAction }) {
      return sendPage(reply, SubscriptionPage({ settings: await requestSettings(ctx, reply.request), title, message, action, alsoAction }), status);
    }

    /** From a link about one article, the way to stop every email to the same address: holding that link proves the address. */
    function stopEverything(email: string | null, siteName: string): { text: string; action: SubscriptionAction } | undefined {
      if (email === null) return undefined;
      return {
        text: `Or stop every email from ${siteName}, about all articles.`,
        action: { action: `/subscriptions/unsubscribe?${new URLSearchParams(unsubscribeParams(ctx.secret, { kind: 'all', email }))}`, button: 'Stop all emails', fields: {} },
      };
    }

    function badConfirmLink(reply: FastifyReply, reason: 'invalid' | 'expired') {
      return reason === 'expired'
        ? page(reply, 400, 'This link has expired', `Confirmation links work for ${CONFIRM_LINK_DAYS} days. To get a new one, post a comment with one of the “Notify me” boxes ticked.`)
        : page(reply, 400, 'This link does not work', 'The confirmation link is incomplete or was changed. Open it again from the email, or copy the whole link.');
    }

    function badUnsubscribeLink(reply: FastifyReply) {
      return page(reply, 400, 'This link does not work', 'The unsubscribe link is incomplete or was changed. Open it again from the email, or copy the whole link.');
    }

    scope.get('/subscriptions/confirm', async (request, reply) => {
      const query = fieldsOf(request.query);
      const check = checkConfirmLink(ctx.secret, query, new Date());
      if (!check.ok) return badConfirmLink(reply, check.reason);
      const address = await findMailAddress(ctx.db, check.email);
      if (!address) return page(reply, 404, 'Nothing to confirm', 'This address is no longer known to the desk. Nothing will be sent to it.');
      if (address.confirmed_at !== null && address.unsubscribed_at === null) {
        return page(reply, 200, 'Already confirmed', 'This address is already confirmed. You get an email when someone comments where you asked to be notified.');
      }
      // Confirming takes a button press: mail scanners that open every link must not opt anyone in.
      return page(reply, 200, 'Confirm email notifications', 'Press the button to get the emails you asked for when you ticked “Notify me of replies to my comment” or “Notify me of all new comments on this article”.', {
        action: '/subscriptions/confirm',
        button: 'Confirm email notifications',
        fields: { e: String(query.e), x: String(query.x), sig: String(query.sig), _csrf: reply.generateCsrf() },
      });
    });

    scope.post('/subscriptions/confirm', { preHandler: app.csrfProtection }, async (request, reply) => {
      const confirmed = await confirmNotifications(ctx, reader(request), fieldsOf(request.body));
      if (confirmed.kind === 'refused') return badConfirmLink(reply, confirmed.reason);
      if (confirmed.kind !== 'confirmed') {
        return page(reply, 404, 'Nothing to confirm', 'This address is no longer known to the desk. Nothing will be sent to it.');
      }
      return page(reply, 200, 'Email notifications confirmed', 'Thank you. You will get an email when someone comments where you asked to be notified. Every email has a link to stop them.');
    });

    async function describeTarget(target: UnsubscribeTarget, settingsSiteName: string): Promise<{ exists: boolean; active: boolean; what: string; email: string | null }> {
      if (target.kind === 'all') return { exists: true, active: true, what: `all emails from ${settingsSiteName}`, email: null };
      const subscription = await findSubscription(ctx.db, target.subscriptionId);
      if (!subscription) return { exists: false, active: false, what: '', email: null };
      const article = await findArticleForMail(ctx.db, subscription.article_id);
      const about = subscription.scope === 'replies' ? 'replies to your comments on' : 'comments on';
      return { exists: true, active: subscription.unsubscribed_at === null, what: article ? `emails about ${about} “${article.title}”` : 'emails about this article', email: subscription.email };
    }

    scope.get('/subscriptions/unsubscribe', async (request, reply) => {
      const target = checkUnsubscribeLink(ctx.secret, fieldsOf(request.query));
      if (!target) return badUnsubscribeLink(reply);
      const { siteName } = await requestSettings(ctx, request);
      const described = await describeTarget(target, siteName);
      if (!described.exists) return page(reply, 404, 'Already removed', 'This subscription no longer exists. Nothing more will be sent for it.');
      if (!described.active) return page(reply, 200, 'Already unsubscribed', `You no longer get ${described.what}.`, undefined, stopEverything(described.email, siteName));
      // A GET only asks: link scanners open links, and must not unsubscribe anyone.
      return page(
        reply,
        200,
        'Unsubscribe',
        `Press the button to stop ${described.what}.`,
        {
          action: `/subscriptions/unsubscribe?${new URLSearchParams(unsubscribeParams(ctx.secret, target))}`,
          button: target.kind === 'all' ? 'Stop all emails' : 'Stop these emails',
          fields: {},
        },
        stopEverything(described.email, siteName),
      );
    });

    /*
     * One-click unsubscribe (RFC 8058): mail programs POST here straight from the
     * List-Unsubscribe header, without cookies and without a page to take a CSRF token from,
     * so this route deliberately has no CSRF check. It needs none: what it does is authorized by
     * the HMAC signature in the URL, which only the recipient of the mail has, and a forged
     * cross-site request could at worst unsubscribe the person whose link it already is. Every
     * other POST route keeps the CSRF check.
     */
    scope.post('/subscriptions/unsubscribe', async (request, reply) => {
      const query = fieldsOf(request.query);
      const link = query.sig !== undefined ? query : fieldsOf(request.body);
      const target = checkUnsubscribeLink(ctx.secret, link);
      if (!target) return badUnsubscribeLink(reply);
      const { siteName } = await requestSettings(ctx, request);
      const described = await describeTarget(target, siteName);
      const stopped = await stopNotifications(ctx, reader(request), link);
      if (stopped.kind === 'refused') return badUnsubscribeLink(reply);
      if (stopped.kind !== 'unsubscribed') {
        return page(reply, 404, 'Already removed', 'This subscription no longer exists. Nothing more will be sent for it.');
      }
      return page(reply, 200, 'You are unsubscribed', `You will no longer get ${described.what}.`, undefined, stopEverything(described.email, siteName));
    });
  });
}
