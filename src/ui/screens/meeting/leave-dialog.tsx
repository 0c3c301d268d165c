/**
 * "Leave the meeting?" — a small modal dialog: focus starts on "Stay", Tab stays inside, Escape stays, and focus
 * returns to the Leave button when it closes.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';

interface LeaveDialogProps {
  onStay: () => void;
  onLeave: () => void;
}

export function LeaveDialog({ onStay, onLeave }: LeaveDialogProps) {
  const stay = useRef<HTMLButtonElement>(null);
  const leave = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    stay.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onStay();
    } else if (e.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab both go to the other one.
      const target = document.activeElement === stay.current ? leave : stay;
      e.preventDefault();
      target.current?.focus();
    }
  };

  return (
    <div className="overlay" onKeyDown={onKeyDown}>
      <div className="dialog card" role="dialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-desc">
        <h2 id="leave-title">Leave the meeting?</h2>
        <p id="leave-desc">
          The meeting ends here and counts as abandoned. You will see the debrief of what was said so far.
        </p>
        <div className="button-row">
          <button ref={stay} type="button" className="button button--primary" onClick={onStay}>
            Stay in the meeting
          </button>
          <button ref={leave} type="button" className="button button--danger" onClick={onLeave}>
            Leave
          </button>
        </div>
      </div>
    </div>
  );
}
