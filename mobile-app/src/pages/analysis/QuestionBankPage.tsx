import { useCallback, useId, useState, type SubmitEvent } from 'react';
import type { AnalysisQuestion, Language } from '@tavla/shared';
import { dimensionLabel, t, type MessageKey } from '@tavla/shared/i18n';
import { ANSWER_TYPES, type AnswerType, type LocalText } from '@tavla/shared/method';
import { describeError } from '../../api.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { addQuestion, editQuestion, fetchQuestions, retireQuestion } from '../../method-api.js';
import { formatCount } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useFetched } from '../../use-fetched.js';
import { isAdmin, useViewer } from '../../use-viewer.js';
import '../../method-messages.js';

const TYPE_KEYS: Record<AnswerType, MessageKey> = {
  yes_no: 'bank.type.yes_no',
  yes_partly_no: 'bank.type.yes_partly_no',
  maturity: 'bank.type.maturity',
};

interface Texts {
  text: LocalText;
  help: LocalText;
}
const EMPTY_TEXTS: Texts = { text: { sv: '', en: '' }, help: { sv: '', en: '' } };
const trimmed = (texts: Texts): Texts => ({
  text: { sv: texts.text.sv.trim(), en: texts.text.en.trim() },
  help: { sv: texts.help.sv.trim(), en: texts.help.en.trim() },
});

/**
 * An admin adapts the board's question bank: edit a question's texts (a new version; answers
 * keep the one they answered), add a question, retire one. Comparisons between rounds hold.
 */
export function QuestionBankPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'bank.title')} · Tavla`);
  const admin = isAdmin(viewer);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [version, setVersion] = useState(0);

  const { data: bank, failure } = useFetched(admin ? () => fetchQuestions(boardId) : null, [
    boardId,
    version,
  ]);

  /** Runs a change, says how it went, and reads the bank again. */
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setMessage(null);
      try {
        await action();
        setMessage({ ok: true, text: t(language, 'admin.saved') });
        setVersion((v) => v + 1);
        return true;
      } catch (error) {
        setMessage({ ok: false, text: describeError(language, error) });
        return false;
      }
    },
    [language],
  );

  const gate = leadGate(viewer, language, 'admin');
  return (
    <MethodFrame
      title={t(language, 'bank.title')}
      back={`/m/b/${boardId}/analysis`}
      backLabel="analysis.backToRounds"
      language={language}
      wide
    >
      {gate ?? (
        <>
          <p className="lead-text">{t(language, 'bank.intro')}</p>
          {message ? (
            <div className="sticky-feedback">
              <Feedback message={message} />
            </div>
          ) : null}
          {failure && !bank ? (
            <p className="feedback feedback--error notice-inline" role="alert">
              {describeError(language, failure)}
            </p>
          ) : null}
          {bank === null && !failure ? (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          ) : null}
          {bank?.forms.map((form) => (
            <section key={form.dimension} className="form bank-form">
              <h2>{dimensionLabel(language, form.dimension)}</h2>
              {form.categories.map((category) => (
                <details key={category.id} className="bank-category">
                  <summary>
                    <strong>{category.name[language]}</strong> ·{' '}
                    {t(language, 'bank.questionCount', {
                      count: formatCount(language, category.questions.length),
                    })}
                  </summary>
                  <ol className="bank-questions">
                    {category.questions.map((question) => (
                      <QuestionEditor
                        key={`${question.id}@${question.version}`}
                        question={question}
                        language={language}
                        onSave={(texts) => run(() => editQuestion(boardId, question.id, texts))}
                        onRetire={() => run(() => retireQuestion(boardId, question.id))}
                      />
                    ))}
                  </ol>
                  <NewQuestion
                    language={language}
                    onAdd={(type, texts) =>
                      run(() =>
                        addQuestion(boardId, {
                          categoryId: category.id,
                          type,
                          ...texts,
                        }),
                      )
                    }
                  />
                </details>
              ))}
            </section>
          ))}
        </>
      )}
    </MethodFrame>
  );
}

/** The four texts of a question: its words and its help, in Swedish and English. */
function TextFields(props: { texts: Texts; onChange: (texts: Texts) => void; language: Language }) {
  const { texts, onChange, language } = props;
  const id = useId();
  const field = (part: 'text' | 'help', lang: 'sv' | 'en', label: MessageKey) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${part}-${lang}`}>
        {t(language, label)}
      </label>
      <textarea
        id={`${id}-${part}-${lang}`}
        rows={part === 'text' ? 2 : 4}
        maxLength={400}
        required
        value={texts[part][lang]}
        onChange={(e) => onChange({ ...texts, [part]: { ...texts[part], [lang]: e.target.value } })}
      />
    </div>
  );
  return (
    <div className="bank-fields">
      {field('text', 'sv', 'bank.textSv')}
      {field('text', 'en', 'bank.textEn')}
      {field('help', 'sv', 'bank.helpSv')}
      {field('help', 'en', 'bank.helpEn')}
    </div>
  );
}

const complete = (texts: Texts) =>
  [texts.text.sv, texts.text.en, texts.help.sv, texts.help.en].every((s) => s.trim() !== '');

function QuestionEditor(props: {
  question: AnalysisQuestion;
  language: Language;
  onSave: (texts: Texts) => Promise<boolean>;
  onRetire: () => Promise<boolean>;
}) {
  const { question, language } = props;
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const [texts, setTexts] = useState<Texts>({ text: question.text, help: question.help });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!complete(texts)) return;
    if (await props.onSave(trimmed(texts))) setEditing(false);
  }

  return (
    <li className="bank-question">
      <p className="bank-question__text">{question.text[language]}</p>
      <p className="item__meta">
        <span className="chip">{t(language, TYPE_KEYS[question.type])}</span>
        <span>
          {t(language, 'bank.version', { version: formatCount(language, question.version) })}
        </span>
      </p>
      {editing ? (
        <form onSubmit={(event) => void submit(event)}>
          <TextFields texts={texts} onChange={setTexts} language={language} />
          <p className="field__hint">{t(language, 'bank.editHint')}</p>
          <div className="state-buttons">
            <button className="small-button" type="submit" disabled={!complete(texts)}>
              {t(language, 'bank.save')}
            </button>
            <button type="button" className="small-button" onClick={() => setEditing(false)}>
              {t(language, 'method.cancel')}
            </button>
          </div>
        </form>
      ) : retiring ? (
        <div className="confirm">
          <p>{t(language, 'bank.retireConfirm')}</p>
          <div className="state-buttons">
            <button
              type="button"
              className="small-button small-button--danger"
              onClick={() => void props.onRetire()}
            >
              {t(language, 'bank.retireYes')}
            </button>
            <button type="button" className="small-button" onClick={() => setRetiring(false)}>
              {t(language, 'method.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="state-buttons">
          <button type="button" className="small-button" onClick={() => setEditing(true)}>
            {t(language, 'bank.edit')}
          </button>
          <button
            type="button"
            className="small-button small-button--danger"
            onClick={() => setRetiring(true)}
          >
            {t(language, 'bank.retire')}
          </button>
        </div>
      )}
    </li>
  );
}

function NewQuestion(props: {
  language: Language;
  onAdd: (type: AnswerType, texts: Texts) => Promise<boolean>;
}) {
  const { language } = props;
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<AnswerType>('yes_no');
  const [texts, setTexts] = useState<Texts>(EMPTY_TEXTS);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!complete(texts)) return;
    if (await props.onAdd(type, trimmed(texts))) {
      setTexts(EMPTY_TEXTS);
      setOpen(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className="small-button" onClick={() => setOpen(true)}>
        + {t(language, 'bank.add')}
      </button>
    );
  }
  return (
    <form className="bank-new" onSubmit={(event) => void submit(event)}>
      <h3>{t(language, 'bank.add')}</h3>
      <label className="field">
        <span className="field__label">{t(language, 'bank.type')}</span>
        <select
          value={type}
          onChange={(e) => setType(ANSWER_TYPES.find((a) => a === e.target.value) ?? 'yes_no')}
        >
          {ANSWER_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(language, TYPE_KEYS[option])}
            </option>
          ))}
        </select>
      </label>
      <TextFields texts={texts} onChange={setTexts} language={language} />
      <div className="state-buttons">
        <button className="small-button" type="submit" disabled={!complete(texts)}>
          {t(language, 'bank.addSave')}
        </button>
        <button type="button" className="small-button" onClick={() => setOpen(false)}>
          {t(language, 'method.cancel')}
        </button>
      </div>
    </form>
  );
}
