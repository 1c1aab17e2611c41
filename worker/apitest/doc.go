// Package apitest holds the edge worker's integration tests. They run only
// with the integration build tag, against a real `wrangler dev` and its local
// D1, which ./scripts/test starts on a free loopback port and names in
// TIPPANI_URL (plus TIPPANI_STATE, its throwaway state folder).
package apitest
