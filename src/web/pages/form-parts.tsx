/*
 * Pieces every server-rendered form repeats: the message beside a refused field (its id is
 * what the field's aria-describedby names) and, for staff edit forms, the hidden fields and
 * the submit/cancel row.
 */

export function FieldError({ id, error }: { id: string; error: string | undefined | null | false }) {
  if (!error) return null;
  return (
    <span class="field-error" id={id}>
      {error}
    </span>
  );
}

/** The CSRF token, where to go afterwards, and "<submit> Cancel" back to it. */
export function EditFormFooter({ csrfToken, returnTo, submit }: { csrfToken: string; returnTo: string; submit: string }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="return" value={returnTo} />
      <p class="form-actions">
        <button type="submit">{submit}</button> <a href={returnTo}>Cancel</a>
      </p>
    </>
  );
}
