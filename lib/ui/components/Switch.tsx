// An on/off switch: a checkbox with role="switch" and a visible label (keyboard: Space toggles).
export function Switch(props: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  hint?: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class={`switch${props.disabled ? ' disabled' : ''}`} title={props.hint}>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{props.label}</span>
    </label>
  );
}
