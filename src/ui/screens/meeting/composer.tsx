/**
 * Your turn: the pressure ring, the live hint (if on), the beat's options (pick / both) and the reply box (type /
 * both). Enter sends, Shift+Enter adds a line; an empty or over-long reply shows the engine's message and keeps
 * the text. While the stakeholder reacts, a Continue button takes over; when the meeting ends, the way to the
 * debrief.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_REPLY_CHARS, replyProblem } from '../../../engine/rules';
import type { CompiledBeat } from '../../../scenario/compile';
import type { Option } from '../../../scenario/schema';
import type { ReplyMode } from '../../../engine/types';

/** Show the character count once a reply gets this close to the limit. */
const COUNT_FROM = MAX_REPLY_CHARS - 500;

interface ReplyBoxProps {
  beat: CompiledBeat;
  mode: ReplyMode;
  options: Option[];
  /** Why the engine refused the last event, if it did. */
  refusal: string | null;
  onSubmit: (text: string) => void;
  onChoose: (optionId: string) => void;
}

export function ReplyBox({ beat, mode, options, refusal, onSubmit, onChoose }: ReplyBoxProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const firstOption = useRef<HTMLButtonElement>(null);
  const boxId = useId();
  const helpId = useId();
  const problemId = useId();
  const optionsId = useId();
  const optionsTitleId = useId();
  const [showOptions, setShowOptions] = useState(false);
  const canType = mode !== 'pick';
  const canPick = mode !== 'type';
  const shownProblem = problem ?? refusal;

  // A new beat: bring focus back to the reply if it was lost (the Continue button it sat on is gone).
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    if (canType) box.current?.focus();
    else firstOption.current?.focus();
  }, [beat.id, canType]);

  const send = () => {
    const found = replyProblem(text);
    if (found) {
      setProblem(found);
      box.current?.focus();
      return;
    }
    setProblem(null);
    onSubmit(text);
    setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };

  const optionList = (
    <ul className="options">
      {options.map((option, i) => (
        <li key={option.id}>
          <button ref={i === 0 ? firstOption : undefined} type="button" className="option" onClick={() => onChoose(option.id)}>
            {option.text}
          </button>
        </li>
      ))}
    </ul>
  );

  if (!canType) {
    return (
      <div className="reply">
        <div className="reply__options" role="group" aria-labelledby={optionsTitleId}>
          <p id={optionsTitleId} className="reply__options-title">
            Pick your reply
          </p>
          {optionList}
        </div>
        {shownProblem ? (
          <p className="field-error" role="alert">
            {shownProblem}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="reply">
      <form
        className="reply__form"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <label htmlFor={boxId} className="reply__label">
          Your reply
        </label>
        <div className="reply__row">
          <textarea
            id={boxId}
            ref={box}
            className="reply__box"
            rows={2}
            value={text}
            placeholder="Acknowledge, point to the data, park the fix…"
            aria-invalid={shownProblem ? true : undefined}
            aria-describedby={`${helpId}${shownProblem ? ` ${problemId}` : ''}`}
            onChange={(e) => {
              setText(e.currentTarget.value);
              if (problem) setProblem(null);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button button--primary reply__send">
            Send
          </button>
        </div>
        {shownProblem ? (
          <p id={problemId} className="field-error" role="alert">
            {shownProblem}
          </p>
        ) : null}
        <div className="reply__meta">
          <p id={helpId} className="reply__help">
            Enter sends · Shift+Enter adds a line
          </p>
          {text.length >= COUNT_FROM ? (
            <p className={`reply__count${text.length > MAX_REPLY_CHARS ? ' reply__count--over' : ''}`}>
              {text.length.toLocaleString('en-US')} / {MAX_REPLY_CHARS.toLocaleString('en-US')}
            </p>
          ) : null}
          {canPick ? (
            <button
              type="button"
              className="button button--quiet button--small reply__more"
              aria-expanded={showOptions}
              aria-controls={optionsId}
              onClick={() => setShowOptions((v) => !v)}
            >
              {showOptions ? 'Hide the prepared lines' : 'Stuck? Pick a line'}
            </button>
          ) : null}
        </div>
      </form>
      {canPick && showOptions ? (
        <div id={optionsId} className="reply__options" role="group" aria-labelledby={optionsTitleId}>
          <p id={optionsTitleId} className="reply__options-title">
            Or pick a line
          </p>
          {optionList}
        </div>
      ) : null}
    </div>
  );
}

interface ContinueBarProps {
  readMs: number;
  onContinue: () => void;
  reducedMotion: boolean;
}

/** While the stakeholder reacts: a Continue button (focused), and a bar showing when the next question comes. */
export function ContinueBar({ readMs, onContinue, reducedMotion }: ContinueBarProps) {
  return (
    <div className="continue">
      <p className="continue__text">Read the room. The next question comes on its own, or go on when ready.</p>
      <button type="button" className="button button--primary button--large" onClick={onContinue} autoFocus>
        Continue
      </button>
      {readMs > 0 ? (
        <div className="continue__bar" aria-hidden="true">
          <div
            className={`continue__fill${reducedMotion ? '' : ' continue__fill--run'}`}
            style={{ animationDuration: `${readMs}ms` }}
          />
        </div>
      ) : null}
    </div>
  );
}
