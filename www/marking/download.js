// download hands content to the browser as a file called name. Every page
// that saves a file (exports, the teacher's score sheet) goes through it.
export function download(name, content, mediaType = 'application/octet-stream') {
  const blob = content instanceof Blob ? content : new Blob([content], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the address is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
