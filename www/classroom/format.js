// Number formats the dashboard and the student's result share.

// percent shows a ratio in [0, 1] as "66.7%": one decimal, so that scores
// a teacher compares by eye do not round to the same whole number.
export const percent = (r) => (Math.round(r * 1000) / 10).toFixed(1) + '%';

// el makes an element with text (never HTML) and optional attributes.
export function el(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'className') e.className = v;
    else e.setAttribute(k, v);
  }
  return e;
}
