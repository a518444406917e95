interface Props {
  notices: string[];
  onDismiss: () => void;
}

/** Says what was wrong with the link and what the page did about it. */
export function UrlNotice({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="notice-warning flex items-start justify-between gap-4 px-4 py-3">
      <div>
        <p className="font-medium">The link was corrected.</p>
        <ul className="mt-1 list-disc pl-5">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={onDismiss} className="button-secondary shrink-0">
        Dismiss
      </button>
    </div>
  );
}
