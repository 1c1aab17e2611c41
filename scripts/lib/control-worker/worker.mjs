// The control for scripts/bench-api's soak: a Worker that answers every
// request with the same small JSON and keeps nothing, so that what its
// workerd's memory does under the soak's load is the local runtime's own.
export default {
  fetch() {
    return new Response('{"status":"ok"}', { headers: { "content-type": "application/json" } });
  },
};
