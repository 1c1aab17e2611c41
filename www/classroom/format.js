// Number formats the dashboard and the student's result share.

// percent shows a ratio in [0, 1] as "66.7%": one decimal, so that scores
// a teacher compares by eye do not round to the same whole number.
export const percent = (r) => (Math.round(r * 1000) / 10).toFixed(1) + '%';
