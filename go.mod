module tippani

go 1.26.0

require (
	github.com/syumai/workers v0.32.0
	golang.org/x/text v0.44.0
)
