/**
 * The meeting room: the stakeholders around the table, the conversation, what is on screen, your turn (ring,
 * options, reply box), and the side panel (agenda, exhibits, parking lot). Everything here reads the actor with
 * narrow `useSelector`s and sends events through the session, which stamps them with the shell's clock.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import { LazyMotion, MotionConfig, domAnimation } from 'motion/react';
import type { TranscriptEntry } from '../../../engine/types';
import type { MeetingSession } from '../../app/meeting-session';
import { LeaveIcon, PauseIcon, SoundIcon } from '../../app/icons';
import { useServices } from '../../app/services';
import { ExhibitView, useReducedMotion } from '../../exhibits';
import type { Settings } from '../../storage/store';
import { ContinueBar, ReplyBox } from './composer';
import { Announcer, Conversation } from './conversation';
import { LeaveDialog } from './leave-dialog';
import { PressureRing } from './pressure-ring';
import { hintFor, lastSpoken, OUTCOME_TITLES, shuffledOptions, walkedOutIds } from './room-view';
import { Seats } from './seats';
import { Agenda, ExhibitDrawer, ParkingLot } from './side-panel';
import './meeting.css';

export interface MeetingRoomProps {
  session: MeetingSession;
  settings: Pick<Settings, 'sound' | 'reducedMotion'>;
  onSoundChange: (on: boolean) => void;
  /** Leave the room for the debrief (the meeting has ended). */
  onDebrief: () => void;
}

const MOTION_MODES = { system: 'user', on: 'always', off: 'never' } as const;

/** The room with its motion settings: reduced motion keeps the fades and drops every movement. */
export function MeetingRoom(props: MeetingRoomProps) {
  return (
    <MotionConfig reducedMotion={MOTION_MODES[props.settings.reducedMotion]}>
      <LazyMotion features={domAnimation} strict>
        <Room {...props} />
      </LazyMotion>
    </MotionConfig>
  );
}

function Room({ session, settings, onSoundChange, onDebrief }: MeetingRoomProps) {
  const { actor, scenario, send } = session;
  const { sound } = useServices();
  const reducedMotion = useReducedMotion();

  const transcript = useSelector(actor, (s) => s.context.transcript);
  const tension = useSelector(actor, (s) => s.context.tension);
  const beatIndex = useSelector(actor, (s) => s.context.beatIndex);
  const shown = useSelector(actor, (s) => s.context.shownExhibits);
  const parked = useSelector(actor, (s) => s.context.parked);
  const options = useSelector(actor, (s) => s.context.options);
  const refusal = useSelector(actor, (s) => s.context.refusal);
  const outcome = useSelector(actor, (s) => s.context.outcome);
  const awaiting = useSelector(actor, (s) => s.hasTag('awaiting-reply'));
  const paused = useSelector(actor, (s) => s.hasTag('paused'));
  const reacting = useSelector(actor, (s) => s.hasTag('reacting'));
  const done = useSelector(actor, (s) => s.status === 'done');
  const canPause = useSelector(actor, (s) => s.can({ type: 'meeting.pause' }));
  const canResume = useSelector(actor, (s) => s.can({ type: 'meeting.resume' }));
  const canPark = useSelector(actor, (s) => s.can({ type: 'topic.park' }));
  const canShow = useSelector(actor, (s) => s.status === 'active' && s.matches('inMeeting'));

  const beat = scenario.beats[beatIndex];
  const speaker = beat ? scenario.stakeholderIndex[beat.speaker] : undefined;
  const walkedOut = useMemo(() => walkedOutIds(transcript), [transcript]);
  const latest = lastSpoken(transcript);
  const latestIndex = latest ? transcript.lastIndexOf(latest) : -1;
  const choices = useMemo(() => (beat ? shuffledOptions(beat, options.seed) : []), [beat, options.seed]);
  const [animateFrom] = useState(() => (session.restored ? transcript.length : 0));
  const [leaving, setLeaving] = useState(false);
  const pausedForDialog = useRef(false);
  const pauseButton = useRef<HTMLButtonElement>(null);

  // The room hums while the meeting runs.
  useEffect(() => {
    if (done) return;
    sound.startRoomTone();
    return () => sound.stopRoomTone();
  }, [sound, done]);

  // A resumed meeting opens paused: put the trainee on the Resume button.
  useEffect(() => {
    if (session.restored) pauseButton.current?.focus();
  }, [session]);

  const play = useCallback((name: 'tick') => sound.play(name), [sound]);

  const togglePause = () => {
    if (paused) send({ type: 'meeting.resume' });
    else send({ type: 'meeting.pause' });
  };

  const openLeave = () => {
    pausedForDialog.current = canPause;
    if (canPause) send({ type: 'meeting.pause' });
    setLeaving(true);
  };
  const stay = () => {
    setLeaving(false);
    if (pausedForDialog.current) send({ type: 'meeting.resume' });
    pausedForDialog.current = false;
  };
  const leave = () => {
    setLeaving(false);
    send({ type: 'meeting.quit' });
    onDebrief();
  };

  const phase = beat ? scenario.phases[beat.phaseIndex] : undefined;
  const suggestion =
    beat?.parks && !parked.some((p) => p.topicId === beat.parks)
      ? { topicId: beat.parks, label: scenario.topicIndex[beat.parks] ?? beat.parks }
      : null;
  const shownExhibits = shown.map((id) => scenario.exhibitIndex[id]).filter((e) => e !== undefined);
  const endReason = transcript.findLast((e): e is Extract<TranscriptEntry, { kind: 'end' }> => e.kind === 'end');

  return (
    <div className={`room${paused ? ' room--paused' : ''}${done ? ' room--ended' : ''}`}>
      <header className="room__header">
        <div className="room__heading">
          <p className="eyebrow">
            Post-mortem{phase ? ` · ${phase.title} (${beat!.phaseIndex + 1} of ${scenario.phases.length})` : ''}
          </p>
          <h1 className="room__title">{scenario.title}</h1>
        </div>
        <div className="room__controls">
          <button
            ref={pauseButton}
            type="button"
            className="button"
            disabled={!(paused ? canResume : canPause)}
            onClick={togglePause}
          >
            <PauseIcon paused={paused} />
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="button" aria-pressed={settings.sound} onClick={() => onSoundChange(!settings.sound)}>
            <SoundIcon on={settings.sound} />
            Sound
          </button>
          {!done ? (
            <button type="button" className="button button--danger-quiet" onClick={openLeave}>
              <LeaveIcon />
              Leave meeting
            </button>
          ) : null}
        </div>
      </header>

      <div className="room__body">
        <main className="room__main" aria-label="Meeting room">
          <Seats
            stakeholders={scenario.stakeholders}
            tension={tension}
            limit={scenario.settings.tensionLimit}
            speaker={awaiting && beat ? beat.speaker : null}
            lastSpeaker={latest ? { id: latest.speaker, key: latestIndex, interrupting: latest.kind === 'interrupt' } : null}
            walkedOut={walkedOut}
            paused={paused}
          />

          {paused ? (
            <p className="paused-banner" role="status">
              <strong>Paused — resume when ready.</strong> The clock is stopped; you can still read, show data or reply.
            </p>
          ) : null}

          <div className={`stage${shownExhibits.length > 0 ? ' stage--split' : ''}`}>
            <Conversation
              scenario={scenario}
              transcript={transcript}
              hints={options.hints}
              reducedMotion={reducedMotion}
              animateFrom={animateFrom}
            />
            {shownExhibits.length > 0 ? (
              <section className="screen-wall" aria-label="On screen">
                {shownExhibits.map((exhibit) => (
                  <div key={exhibit.id} className="screen-wall__item">
                    <ExhibitView exhibit={exhibit} compact />
                  </div>
                ))}
              </section>
            ) : null}
          </div>

          <section className="turn" aria-label="Your turn">
            {done ? (
              <div className="ended">
                <div>
                  <h2 className="ended__title">{outcome ? OUTCOME_TITLES[outcome] : 'The meeting is over'}</h2>
                  {endReason ? <p className="ended__reason">{endReason.reason}</p> : null}
                </div>
                <button type="button" className="button button--primary button--large" onClick={onDebrief} autoFocus>
                  See your debrief
                </button>
              </div>
            ) : reacting ? (
              <ContinueBar readMs={options.readMs} reducedMotion={reducedMotion} onContinue={() => send({ type: 'meeting.continue' })} />
            ) : awaiting && beat ? (
              <>
                <div className="turn__top">
                  <PressureRing session={session} play={play} reducedMotion={reducedMotion} />
                  <div className="turn__prompt">
                    <p className="turn__waiting">
                      {paused ? 'Paused.' : `${speaker?.name ?? 'The room'} is waiting for your answer.`}
                    </p>
                    {options.hints ? (
                      <p className="hint">
                        <span className="hint__label">Hint</span> {hintFor(beat, scenario)}
                      </p>
                    ) : null}
                  </div>
                </div>
                <ReplyBox
                  key={beat.id}
                  beat={beat}
                  mode={options.replyMode}
                  options={choices}
                  refusal={refusal}
                  onSubmit={(text) => send({ type: 'reply.submit', text })}
                  onChoose={(optionId) => send({ type: 'reply.choose', optionId })}
                />
              </>
            ) : null}
          </section>
        </main>

        <aside className="room__side" aria-label="Agenda, parking lot and exhibits">
          <Agenda scenario={scenario} current={beat ? beat.phaseIndex : -1} ended={done && outcome === 'completed'} />
          <ParkingLot parked={parked} suggestion={suggestion} canPark={canPark} onPark={(request) => send({ type: 'topic.park', ...request })} />
          <ExhibitDrawer
            scenario={scenario}
            shown={shown}
            disabled={!canShow}
            onToggle={(exhibitId, show) => send({ type: show ? 'exhibit.show' : 'exhibit.hide', exhibitId })}
          />
        </aside>
      </div>

      <Announcer scenario={scenario} transcript={transcript} from={animateFrom} />
      {leaving ? <LeaveDialog onStay={stay} onLeave={leave} /> : null}
    </div>
  );
}
