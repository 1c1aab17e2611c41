// Number formats the dashboard and the student's result share.

// percent shows a ratio in [0, 1] as "66.7%": one decimal, so that scores
// a teacher compares by eye do not round to the same whole number.
export const percent = (r) => (Math.round(r * 1000) / 10).toFixed(1) + '%';

// plain turns a score into the counts a teacher and a student read: found
// (exact hits) of the key's size, extra marks (not in the key at all) and
// marks of the key's words with another type.
export function plain(score, keySize) {
  const e = score.exact;
  const wrongType = score.wrongType || 0;
  return { found: e.truePositives, of: keySize, extra: Math.max(0, e.falsePositives - wrongType), wrongType };
}
