import { FieldError } from '../../pages/form-parts.js';

/** A source's settings as its form sends them (text, as typed). */
export interface SourceFormValues {
  title: string;
  interval: string;
  fullText: string;
  excerptWords: string;
  keep: string;
  block: string;
  maxAgeDays: string;
}

export type SourceFormErrors = Partial<Record<keyof SourceFormValues, string>>;

/** The settings fields the add and edit forms share; each refused one shows why beside it. */
export function SourceSettingsFields({ values, errors }: { values: SourceFormValues; errors: SourceFormErrors }) {
  return (
    <>
      <Field name="title" label="Name" value={values.title} error={errors.title} maxLength={200} help="As readers see it on the site." />
      <Field name="interval" label="Fetch every (minutes)" value={values.interval} error={errors.interval} short numeric help="A feed that asks for longer (its ttl, or its cache headers) is fetched less often." />
      <p>
        <label for="fullText">Full text</label>
        <select id="fullText" name="fullText" aria-describedby="fullText-help">
          {fullTextChoices.map(([value, label]) => (
            <option value={value} selected={values.fullText === value}>
              {label}
            </option>
          ))}
        </select>
        <span class="field-help" id="fullText-help">
          Whether the desk reads each article's page for its text, or keeps to what the feed carries.
        </span>
      </p>
      <Field name="excerptWords" label="Excerpt length (words)" value={values.excerptWords} error={errors.excerptWords} short numeric help="Words of each article shown on the desk; 0 shows the whole text (only where the publisher permits it)." />
      <Field name="maxAgeDays" label="Leave out items older than (days)" value={values.maxAgeDays} error={errors.maxAgeDays} short numeric help="Empty: no age limit." />
      <RulesBox name="keep" label="Keep only items that match" value={values.keep} error={errors.keep} help="One rule a line; when there are any, an item must match one to be kept." />
      <RulesBox name="block" label="Leave out items that match" value={values.block} error={errors.block} help="One rule a line; an item that matches any is left out." />
      <p class="field-help" id="rules-help">
        A rule is words that must all appear (e.g. <code>city council</code>), or one field's words (<code>title: sponsored</code>; fields title, content, author, url); <code>/pattern/</code> is a regular expression.
      </p>
    </>
  );
}

const fullTextChoices = [
  ['auto', 'When the feed gives only a summary'],
  ['on', 'Always read the article page'],
  ['off', 'Never: the feed only'],
] as const;

function Field({ name, label, value, error, help, maxLength, short, numeric }: { name: string; label: string; value: string; error: string | undefined; help: string; maxLength?: number; short?: boolean; numeric?: boolean }) {
  return (
    <p class={error ? 'has-error' : undefined}>
      <label for={name}>{label}</label>
      <input
        id={name}
        name={name}
        type="text"
        value={value}
        maxLength={maxLength}
        inputMode={numeric ? 'numeric' : undefined}
        class={short ? 'short' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${name}-help ${name}-error` : `${name}-help`}
      />
      <span class="field-help" id={`${name}-help`}>
        {help}
      </span>
      <FieldError id={`${name}-error`} error={error} />
    </p>
  );
}

function RulesBox({ name, label, value, error, help }: { name: string; label: string; value: string; error: string | undefined; help: string }) {
  return (
    <p class={error ? 'has-error' : undefined}>
      <label for={name}>{label}</label>
      <textarea id={name} name={name} rows={3} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${name}-help rules-help ${name}-error` : `${name}-help rules-help`}>
        {value}
      </textarea>
      <span class="field-help" id={`${name}-help`}>
        {help}
      </span>
      <FieldError id={`${name}-error`} error={error} />
    </p>
  );
}
