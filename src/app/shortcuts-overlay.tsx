import { useEffect, useRef } from 'react';
import { SHORTCUT_LIST } from './keyboard-shortcuts';

interface Props {
  onClose: () => void;
}

/** The `?` overlay: a modal dialog listing every shortcut; Esc or the button closes it (and unmounts it). */
export default function ShortcutsOverlay({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-border bg-popover p-0 text-popover-foreground shadow-2xl backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between border-b border-border px-5 py-3">
        <h2 id="shortcuts-title" className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">Keys and what they do</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_LIST.map((shortcut) => (
            <tr key={shortcut.what} className="border-b border-border last:border-0">
              <td className="w-24 px-5 py-2">
                {shortcut.keys.map((key) => (
                  <kbd
                    key={key}
                    className="mr-1 inline-block min-w-6 rounded border border-border bg-muted px-1.5 py-0.5 text-center font-mono text-xs"
                  >
                    {key}
                  </kbd>
                ))}
              </td>
              <td className="px-5 py-2 text-foreground">{shortcut.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="px-5 py-3 text-xs text-muted-foreground">Shortcuts are ignored while you type in a field.</p>
    </dialog>
  );
}
