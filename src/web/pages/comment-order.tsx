import { commentOrderLabels, commentOrders, defaultCommentOrder, type CommentOrder } from '../../discussion/comment-order.js';

/** `sort=newest&` for the query of a link on a page in that order; '' for the default order. */
export function orderQuery(order: CommentOrder): string {
  return order === defaultCommentOrder ? '' : `sort=${order}&`;
}

/** "Oldest first · Newest first · Most replied": plain links, so the orders work without JavaScript. */
export function CommentOrderLinks({ slug, order }: { slug: string; order: CommentOrder }) {
  return (
    <nav class="comment-order" aria-label="Order of the comments">
      <span class="comment-order-label">Show:</span>
      <ul>
        {commentOrders.map((each) => (
          <li>
            <a href={`/articles/${slug}${each === defaultCommentOrder ? '' : `?sort=${each}`}#comments`} aria-current={each === order ? 'true' : undefined}>
              {commentOrderLabels[each]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
