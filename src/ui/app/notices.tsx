/**
 * Messages from storage (data set aside, storage full or blocked), each dismissible. Shown on every screen.
 */
interface NoticesProps {
  notices: string[];
  onDismiss: (notice: string) => void;
}

export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div className="notices" role="region" aria-label="Notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice} className="notice">
          <span className="notice__icon" aria-hidden="true">
            !
          </span>
          <p className="notice__text">{notice}</p>
          <button
            type="button"
            className="button button--quiet notice__close"
            aria-label="Dismiss notice"
            onClick={() => onDismiss(notice)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
